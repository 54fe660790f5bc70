package dev.trustmap.evidence.prowler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.azure.EntraAliases;
import dev.trustmap.evidence.internal.JsonInput;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity a Prowler resource stands for, named as trustmap's other importers name it: a resource uid is
 * normalised where Prowler's differs (see the package description), and a resource whose type is an identity or a
 * credential may stand as an identity of its own when no other input lists it.
 *
 * @param id the identity id, or an alias the platform's importer gives ({@code entra-app:<object id>})
 * @param byAlias true when {@code id} is such an alias
 * @param identityLike true when the resource type is an identity or a credential (an IAM user, a service account)
 * @param name the identity's name as the platform's own importer gives it, where the resource says; else null
 */
record ResourceTarget(String id, boolean byAlias, boolean identityLike, String platform, String account,
        String name) {

    /** AWS resource types that are identities or credentials: each becomes the identity it names. */
    private static final Set<String> AWS_IDENTITY_TYPES = Set.of("awsiamuser", "awsiamrole", "awsiamaccesskey",
            "awssecretsmanagersecret");

    /** {@code projects/P/serviceAccounts/EMAIL[/keys/ID]}, the form of GCP's resource names. */
    private static final Pattern GCP_RESOURCE = Pattern.compile("^projects/[^/]+/serviceAccounts/([^/]+@[^/]+)(/.*)?$");

    private static final Pattern IAM_ARN = Pattern.compile(
            "^arn:aws[a-z-]*:iam::\\d{12}:(?:user|role)/(?:.*/)?([^/]+)$");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s/]+@[^@\\s/]+$");

    /** The target of one element of {@code resources}, or null when it names nothing (no uid). */
    static ResourceTarget of(JsonNode resource, String provider, String account) {
        String uid = JsonInput.text(resource, "uid");
        if (uid == null || uid.isBlank()) {
            return null;
        }
        String name = JsonInput.text(resource, "name");
        String type = normalised(JsonInput.text(resource, "type"));
        String platform = provider == null ? null : provider.toLowerCase(Locale.ROOT);
        if (platform == null && JsonInput.text(resource, "namespace") != null) {
            platform = "kubernetes"; // Kubernetes findings carry no cloud object; their resources carry a namespace
        }
        return switch (platform == null ? "" : platform) {
            case "aws" -> new ResourceTarget(uid, false, AWS_IDENTITY_TYPES.contains(type), "aws", account,
                    iamName(uid));
            case "gcp" -> gcp(uid, name, type, account);
            case "azure" -> azure(resource, uid, type);
            case "kubernetes" -> kubernetes(resource, uid, name, type);
            default -> new ResourceTarget(uid, false, false, platform, account, null);
        };
    }

    /**
     * GCP names a service account by its email. Prowler's key checks give the key's id as the uid and the account's
     * email as the name; a full resource name holds the email; an account check gives the email itself.
     */
    private static ResourceTarget gcp(String uid, String name, String type, String account) {
        boolean identityLike = type.contains("serviceaccount");
        Matcher path = GCP_RESOURCE.matcher(uid);
        String email = path.matches() ? path.group(1) : EMAIL.matcher(uid).matches() ? uid
                : name != null && EMAIL.matcher(name).matches() ? name : null;
        return email == null ? new ResourceTarget(uid, false, false, "gcp", account, null)
                : new ResourceTarget(email, false, identityLike || path.matches(), "gcp", account, null);
    }

    /**
     * Entra knows an app registration by its appId; Prowler's uid is the application's object id. Where the raw
     * resource keeps the appId, that is the id; otherwise the object id is an alias the applications import gives.
     */
    private static ResourceTarget azure(JsonNode resource, String uid, String type) {
        boolean application = type.contains("application") || type.contains("appregistration");
        if (!application) {
            return new ResourceTarget(uid, false, type.contains("serviceprincipal"), "azure", null, null);
        }
        JsonNode raw = resource.path("data").path("metadata");
        String appId = JsonInput.text(raw, "app_id") != null ? JsonInput.text(raw, "app_id")
                : JsonInput.text(raw, "appId");
        return appId != null ? new ResourceTarget(appId, false, true, "azure", null, null)
                : new ResourceTarget(EntraAliases.application(uid), true, true, "azure", null, null);
    }

    /** Kubernetes names a service account {@code namespace/name}, as trustmap's kubectl import does. */
    private static ResourceTarget kubernetes(JsonNode resource, String uid, String name, String type) {
        String namespace = JsonInput.text(resource, "namespace");
        if (type.contains("serviceaccount") && namespace != null && name != null) {
            return new ResourceTarget(namespace + "/" + name, false, true, "kubernetes", null, name);
        }
        return new ResourceTarget(uid, false, false, "kubernetes", null, null);
    }

    /**
     * An IAM user's or role's name, the last part of its ARN as the AWS importers have it; Prowler's resource name is
     * not always the name (its access-key checks write {@code github-deployer-access-key-1}).
     */
    private static String iamName(String arn) {
        Matcher iam = IAM_ARN.matcher(arn);
        return iam.matches() ? iam.group(1) : null;
    }

    /** The type in lower case with only letters and digits: {@code AwsIamUser}, {@code iam.googleapis.com/...}. */
    private static String normalised(String type) {
        return type == null ? "" : type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
