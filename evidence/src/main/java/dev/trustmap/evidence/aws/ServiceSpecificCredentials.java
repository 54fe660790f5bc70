package dev.trustmap.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.JsonTimes;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials of {@code aws iam list-service-specific-credentials}, each on the IAM user it belongs to. IAM names
 * the user but not its ARN; the account comes from {@code ServiceUserName} ({@code jane-at-123456789012}), or from
 * the other credentials of the file when a Bedrock key has none, as one call lists one account.
 */
final class ServiceSpecificCredentials implements JsonRecords.Listener {

    static final String FIX = "Export with aws iam list-service-specific-credentials --all-users --output json (or "
            + "--user-name NAME for each user) and import the file unmodified.";

    /** The single object of create- and reset-service-specific-credential output. */
    static final String ONE = "ServiceSpecificCredential";

    private static final Pattern ACCOUNT_SUFFIX = Pattern.compile("-at-(\\d{12})$");

    private final EvidenceFile file;
    private final ImportSink sink;
    /** The account every credential names, when they name one and the same; else null. */
    private final String fileAccount;
    private String truncated;
    private int unplaced;
    private String firstUnplaced;

    ServiceSpecificCredentials(EvidenceFile file, ImportSink sink, Set<String> accounts) {
        this.file = file;
        this.sink = sink;
        this.fileAccount = accounts.size() == 1 ? accounts.iterator().next() : null;
    }

    /** The accounts the credentials of a file name, in their ServiceUserName; a first pass collects them. */
    static JsonRecords.Listener accounts(Set<String> into) {
        return (node, at) -> {
            String account = account(credential(node));
            if (account != null) {
                into.add(account);
            }
        };
    }

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        try {
            if (!node.isObject()) {
                throw bad(at, "expected a service-specific credential (a JSON object), found "
                        + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
            }
            JsonNode credential = credential(node);
            sink.identity(user(credential, credential == node ? at : at.child("/" + ONE)));
        } catch (BadRecord e) {
            sink.badRow(e.problem());
        }
    }

    /** IAM pages with IsTruncated and Marker; the CLI does not follow them for this call. */
    @Override
    public void envelope(ObjectNode members, JsonRecords.At at) {
        truncated = members.path("IsTruncated").asBoolean(false) ? "line " + at.line() : null;
    }

    void finish() {
        if (truncated != null) {
            sink.warning(new InputProblem(file.name(), truncated, "IsTruncated is true: this is one page, and the "
                    + "credentials on the later pages are not in this file.", "Call again with --marker MARKER until "
                    + "IsTruncated is false, and import every page (back to back in one file, or as several files)."));
        }
        if (unplaced > 0) {
            sink.warning(new InputProblem(file.name(), firstUnplaced, unplaced + (unplaced == 1 ? " credential names"
                    : " credentials name") + " no account (ServiceUserName NAME-at-ACCOUNT), so " + (unplaced == 1
                    ? "its user is" : "their users are") + " aws-iam-user:NAME and will not merge with the same "
                    + "users in the credential report or the authorization details.", "Export all the account's users' "
                    + "credentials into one file (--all-users): one with a ServiceUserName names the account."));
        }
    }

    private static JsonNode credential(JsonNode node) {
        return node.path(ONE).isObject() ? node.get(ONE) : node;
    }

    private static String account(JsonNode credential) {
        String serviceUser = JsonInput.text(credential, "ServiceUserName");
        Matcher suffix = serviceUser == null ? null : ACCOUNT_SUFFIX.matcher(serviceUser);
        return suffix != null && suffix.find() ? suffix.group(1) : null;
    }

    private Identity user(JsonNode node, JsonRecords.At at) {
        String userName = required(node, "UserName", at);
        String id = required(node, "ServiceSpecificCredentialId", at);
        String service = required(node, "ServiceName", at);
        String account = account(node) != null ? account(node) : fileAccount;
        // Bedrock (and CloudWatch Logs) API keys carry a ServiceCredentialAlias and are bearer keys; CodeCommit and
        // Keyspaces credentials are a generated user name and password.
        boolean apiKey = JsonInput.text(node, "ServiceCredentialAlias") != null || service.startsWith("bedrock.");
        Credential credential = new Credential(id, apiKey ? CredentialKind.API_KEY : CredentialKind.PASSWORD,
                ManagedBy.USER, active(node, at), time(node, "CreateDate", at), null, null,
                time(node, "ExpirationDate", at), null, null, List.of(), new Origin(file.name(), at.origin()));
        if (account == null && unplaced++ == 0) {
            firstUnplaced = at.where();
        }
        ActorClassInference.Guess guess = ActorClassInference.fromName(userName).orElse(null);
        return Identity.builder(account != null ? Arns.userArn(account, userName) : "aws-iam-user:" + userName)
                .name(userName)
                .platform("aws")
                .account(account)
                .actorClass(guess == null ? null : guess.actorClass())
                .actorClassReason(guess == null ? null : guess.reason())
                .status("active")
                // the service the key is limited to: bedrock.amazonaws.com marks a generative-AI key
                .scopes(List.of(service))
                .addCredential(credential)
                .build();
    }

    /** Active works; Inactive was switched off; Expired passed its ExpirationDate. */
    private Boolean active(JsonNode node, JsonRecords.At at) {
        String status = JsonInput.text(node, "Status");
        if (status == null) {
            return null;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "active" -> Boolean.TRUE;
            case "inactive", "expired" -> Boolean.FALSE;
            default -> throw bad(at.child("/Status"), "expected Active, Inactive or Expired in Status, found '"
                    + status + "'.");
        };
    }

    private String required(JsonNode node, String field, JsonRecords.At at) {
        String value = JsonInput.text(node, field);
        if (value == null) {
            throw bad(at, "the credential has no " + field + "; IAM writes it for every service-specific credential.");
        }
        return value;
    }

    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        try {
            return JsonTimes.epochOrIso(node, field);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected an ISO-8601 time in " + field + ", found '"
                    + JsonTimes.raw(node, field) + "'.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }
}
