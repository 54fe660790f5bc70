package dev.trustmap.evidence.gcp;

import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service account's email and resource names say: its project, its key ids, what kind of actor it is. */
final class ServiceAccounts {

    static final String PLATFORM = "gcp";

    /** {@code projects/P/serviceAccounts/EMAIL/keys/ID}, also behind {@code //iam.googleapis.com/}. */
    private static final Pattern KEY_NAME = Pattern.compile(
            "(?:^|/)projects/([^/]+)/serviceAccounts/([^/]+)/keys/([^/]+)$");
    private static final Pattern SERVICE_AGENT = Pattern.compile("service-\\d+");
    private static final String IAM_DOMAIN = ".iam.gserviceaccount.com";
    private static final Pattern ACCOUNT_NAME = Pattern.compile("(?:^|/)projects/([^/]+)/serviceAccounts/([^/]+)$");

    /** gcloud writes validBeforeTime 9999-12-31T23:59:59Z for a key that never expires. */
    private static final Instant NO_EXPIRY = Instant.parse("9999-01-01T00:00:00Z");

    private ServiceAccounts() {
    }

    /** The parts of a resource name: project (null for the "-" wildcard), account (email or unique id), key id. */
    record Name(String project, String account, String keyId) {
    }

    static Name keyName(String name) {
        Matcher m = name == null ? null : KEY_NAME.matcher(name);
        return m != null && m.find() ? new Name(project(m.group(1)), m.group(2), m.group(3)) : null;
    }

    static Name accountName(String name) {
        Matcher m = name == null ? null : ACCOUNT_NAME.matcher(name);
        return m != null && m.find() ? new Name(project(m.group(1)), m.group(2), null) : null;
    }

    private static String project(String segment) {
        return "-".equals(segment) ? null : segment;
    }

    static boolean isEmail(String value) {
        return value != null && value.contains("@");
    }

    /** A validBeforeTime of year 9999 means no expiry. */
    static Instant expiry(Instant validBefore) {
        return validBefore == null || !validBefore.isBefore(NO_EXPIRY) ? null : validBefore;
    }

    /**
     * The project id an email names: {@code NAME@PROJECT.iam.gserviceaccount.com} and
     * {@code PROJECT@appspot.gserviceaccount.com}. Null where the email carries a project number instead
     * ({@code N-compute@developer...}, Google's service agents {@code service-N@...}) or another domain.
     */
    static String projectFromEmail(String email) {
        if (!isEmail(email) || serviceAgent(email)) {
            return null;
        }
        String domain = domain(email);
        if (domain.equals("appspot.gserviceaccount.com")) {
            return local(email);
        }
        if (domain.endsWith(IAM_DOMAIN)) {
            String project = domain.substring(0, domain.length() - IAM_DOMAIN.length());
            return project.contains(".") ? null : project;
        }
        return null;
    }

    /** A builder for the account with platform, project and actor class filled. */
    static Identity.Builder identity(String email, String project, String displayName) {
        ActorClassInference.Guess guess = platformGuess(email)
                .or(() -> ActorClassInference.fromName(local(email)))
                .or(() -> ActorClassInference.fromName(displayName))
                .orElse(new ActorClassInference.Guess(ActorClass.WORKLOAD, "GCP service account"));
        return Identity.builder(email)
                .platform(PLATFORM)
                .account(project != null ? project : projectFromEmail(email))
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason());
    }

    /** Accounts Google creates and names itself: their names carry project numbers, not words. */
    private static Optional<ActorClassInference.Guess> platformGuess(String email) {
        String domain = domain(email);
        if (serviceAgent(email)) {
            return Optional.of(new ActorClassInference.Guess(ActorClass.WORKLOAD,
                    "GCP service agent (Google-managed service account)"));
        }
        if (domain.equals("cloudbuild.gserviceaccount.com")) {
            return Optional.of(new ActorClassInference.Guess(ActorClass.PIPELINE,
                    "GCP service account (Cloud Build legacy default)"));
        }
        if (domain.equals("developer.gserviceaccount.com")) {
            return Optional.of(new ActorClassInference.Guess(ActorClass.WORKLOAD,
                    "GCP service account (Compute Engine default)"));
        }
        if (domain.equals("appspot.gserviceaccount.com")) {
            return Optional.of(new ActorClassInference.Guess(ActorClass.WORKLOAD,
                    "GCP service account (App Engine default)"));
        }
        return Optional.empty();
    }

    private static boolean serviceAgent(String email) {
        String domain = domain(email);
        return SERVICE_AGENT.matcher(local(email)).matches() || domain.startsWith("gcp-sa-")
                || domain.equals("cloudservices.gserviceaccount.com");
    }

    private static String local(String email) {
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    private static String domain(String email) {
        int at = email.indexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
