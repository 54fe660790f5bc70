package dev.trustmap.evidence.secretsmanager;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.JsonTimes;
import dev.trustmap.evidence.format.PagedRecords;
import dev.trustmap.evidence.format.TagConventions;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One secret's metadata (an element of list-secrets, or describe-secret) as an identity holding one credential. */
final class SecretRecords extends PagedRecords {

    static final String PLATFORM = "aws";

    static final String FIX = "Export with aws secretsmanager list-secrets --include-planned-deletion --output json, "
            + "or describe-secret --secret-id ID --output json, and import the file unmodified.";

    /** {@code arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3}, in every partition. */
    private static final Pattern SECRET_ARN = Pattern.compile(
            "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:(\\d{12}):secret:(.+)$");

    /** Secrets Manager appends a hyphen and six random characters to a secret's name in its ARN. */
    private static final Pattern ARN_SUFFIX = Pattern.compile("-[A-Za-z0-9]{6}$");

    /** RDS keeps a database's master user password as a secret it owns (ManageMasterUserPassword). */
    private static final String RDS = "rds";

    private int values;
    private String firstValue;

    SecretRecords(EvidenceFile file, ImportSink sink) {
        super(file, sink, "NextToken");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (!node.isObject()) {
            throw bad(at, "expected a secret's metadata (a JSON object with ARN and Name), found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        sink.identity(secret(node, at));
    }

    /** Warnings that concern the whole file, once it is read. */
    void finish() {
        laterPageMissing("the list ends with a NextToken: this is one page "
                    + "of list-secrets, and the secrets on the later pages are not in this file.",
                    "Export again without --max-items or --no-paginate, so that the CLI joins every page.")
                .ifPresent(sink::warning);
        if (values > 0) {
            sink.warning(new InputProblem(file.name(), firstValue, values + (values == 1 ? " secret holds its"
                    : " secrets hold their") + " value (SecretString or SecretBinary, as get-secret-value prints): "
                    + "only the ARN and name were read, and no value was kept.",
                    "Export list-secrets or describe-secret instead, and delete this file: it holds the secrets."));
        }
    }

    private Identity secret(JsonNode node, JsonRecords.At at) {
        String arn = JsonInput.text(node, "ARN");
        if (arn == null) {
            throw bad(at, "expected a secret's metadata with an ARN, found " + fields(node) + ".");
        }
        Matcher parts = SECRET_ARN.matcher(arn);
        if (!parts.matches()) {
            throw bad(at.child("/ARN"), "expected a Secrets Manager ARN (arn:aws:secretsmanager:<region>:<account>:"
                    + "secret:<name>), found '" + arn + "'.");
        }
        String name = JsonInput.text(node, "Name");
        if (name == null) {
            name = ARN_SUFFIX.matcher(parts.group(2)).replaceFirst("");
        }
        Origin origin = new Origin(file.name(), at.origin());
        ActorClassInference.Guess guess = ActorClassInference.fromName(name).orElse(null);
        Identity.Builder identity = Identity.builder(arn)
                .name(name)
                .platform(PLATFORM)
                .account(parts.group(1))
                .actorClass(guess == null ? null : guess.actorClass())
                .actorClassReason(guess == null ? null : guess.reason());
        if (node.has("SecretString") || node.has("SecretBinary")) {
            // get-secret-value: its CreatedDate is the version's, not the secret's; nothing else describes it.
            if (values++ == 0) {
                firstValue = at.where();
            }
            return identity.addCredential(new Credential(arn, CredentialKind.API_KEY, null, null, null, null, null,
                    null, null, null, List.of(), origin)).build();
        }
        String owningService = JsonInput.text(node, "OwningService");
        Instant deleted = time(node, "DeletedDate", at);
        // LastAccessedDate is a day: AWS records reads at midnight UTC; CLI v2 prints it in the machine's zone.
        Instant accessed = time(node, "LastAccessedDate", at);
        Instant lastUsed = accessed == null ? null : accessed.truncatedTo(ChronoUnit.DAYS);
        Credential secret = new Credential(arn, RDS.equals(owningService) ? CredentialKind.PASSWORD
                : CredentialKind.API_KEY, owningService != null ? ManagedBy.PLATFORM : ManagedBy.USER, deleted == null,
                time(node, "CreatedDate", at), time(node, "LastRotatedDate", at), lastUsed, null, null, null,
                List.of(), origin);
        return TagConventions.of(tags(node)).applyTo(identity)
                .purpose(JsonInput.text(node, "Description"))
                .status(deleted == null ? "active" : "decommissioned")
                .decommissionOn(deleted)
                .lastUsedAt(lastUsed)
                .addCredential(secret)
                .build();
    }

    /** {@code Tags: [{"Key": ..., "Value": ...}]}, in order; elements without a Key are passed over. */
    private static List<Map.Entry<String, String>> tags(JsonNode node) {
        List<Map.Entry<String, String>> tags = new ArrayList<>();
        for (JsonNode tag : node.path("Tags")) {
            String key = JsonInput.text(tag, "Key");
            String value = JsonInput.text(tag, "Value");
            if (key != null && value != null) {
                tags.add(Map.entry(key, value));
            }
        }
        return tags;
    }

    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        try {
            return JsonTimes.epochOrIso(node, field);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected a time in " + field + " (epoch seconds such as 1523477145.729,"
                    + " or ISO-8601), found '" + JsonTimes.raw(node, field) + "'.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }

    private static String fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(property -> names.add(property.getKey()));
        return names.isEmpty() ? "no fields" : "fields " + String.join(", ", names);
    }
}
