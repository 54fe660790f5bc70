package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Secrets as {@code aws secretsmanager list-secrets --include-planned-deletion} (CLI v1) prints them
 * ({@code evidence/aws/secrets.json}): one {@code SecretList}, times as epoch seconds with milliseconds, fields left
 * out rather than null. The first secret was never rotated, the second is scheduled for deletion; of the rest most
 * rotate by Lambda, and {@code LastAccessedDate} is a midnight, as AWS keeps only the day.
 */
final class SecretsManagerSecrets implements EstatePart {

    static final long PART = 1300;
    static final String SOURCE = "aws-secretsmanager";
    private static final long ATTRIBUTES = 2;
    private static final double CHURN = 0.03;
    private static final List<String> KINDS = List.of("api-key", "db-password", "webhook-secret", "oauth-client",
            "signing-key");

    private final Estate estate;
    private final AwsCredentialReports aws;
    private final int count;

    SecretsManagerSecrets(Estate estate, AwsCredentialReports aws) {
        this.estate = estate;
        this.aws = aws;
        this.count = estate.shape().secretsManager();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/aws/secrets.json";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.FOUR_SPACES)) {
            json.writeStartObject();
            json.writeArrayFieldStart("SecretList");
            for (int slot = 0; slot < count; slot++) {
                secret(json, slot);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, count, count);
    }

    private void secret(JsonGenerator json, int slot) throws IOException {
        Timeline time = estate.time();
        long asOf = time.asOf();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        String base = r.chance(0.5) ? Names.workload(r) : Names.integration(r);
        String name = r.pick(List.of("prod", "prod", "staging")) + "/" + base + "/" + r.pick(KINDS)
                + Names.generation(occupant.generation());
        String region = r.pick(Names.REGIONS);
        String account = aws.accountId(slot % aws.accounts());
        long created = Math.min(occupant.bornAt(), asOf - 30 * Timeline.DAY);
        boolean rotates = slot > 1 && r.chance(0.7);
        int days = r.pick(List.of(30, 60, 90));
        long rotated = rotates ? Math.max(created, asOf - r.nextLong(days * Timeline.DAY)) : -1;
        boolean deleted = slot == 1;
        long accessed = r.chance(0.8) ? (asOf - r.nextLong(40 * Timeline.DAY)) / Timeline.DAY * Timeline.DAY : -1;
        int owner = estate.people().pick(r);
        boolean tagged = r.chance(0.7);

        json.writeStartObject();
        json.writeStringField("ARN", "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + name + "-"
                + r.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6));
        json.writeStringField("Name", name);
        json.writeStringField("Description", "Credential for " + Names.system(base));
        if (rotates) {
            json.writeBooleanField("RotationEnabled", true);
            json.writeStringField("RotationLambdaARN", "arn:aws:lambda:" + region + ":" + account + ":function:"
                    + "rotate-" + base);
            json.writeObjectFieldStart("RotationRules");
            json.writeNumberField("AutomaticallyAfterDays", days);
            json.writeEndObject();
            json.writeFieldName("LastRotatedDate");
            json.writeNumber(epoch(rotated, r));
        }
        json.writeFieldName("LastChangedDate");
        json.writeNumber(epoch(Math.max(created, rotates ? rotated : created), r));
        if (accessed >= 0 && accessed >= created) {
            json.writeFieldName("LastAccessedDate");
            json.writeNumber(epoch(accessed, null));
        }
        if (deleted) {
            json.writeFieldName("DeletedDate");
            json.writeNumber(epoch(asOf - r.nextLong(5 * Timeline.DAY), r));
        }
        json.writeArrayFieldStart("Tags");
        if (tagged) {
            tag(json, "owner", estate.email(owner));
        }
        tag(json, "environment", name.substring(0, name.indexOf('/')));
        json.writeEndArray();
        json.writeObjectFieldStart("SecretVersionsToStages");
        json.writeArrayFieldStart(r.uuid());
        json.writeString("AWSCURRENT");
        json.writeEndArray();
        json.writeEndObject();
        json.writeFieldName("CreatedDate");
        json.writeNumber(epoch(created, r));
        json.writeEndObject();
    }

    /** CLI v1's epoch seconds with milliseconds; a midnight has none, as the API sends it. */
    private static BigDecimal epoch(long seconds, SampleRandom r) {
        return r == null ? BigDecimal.valueOf(seconds) : BigDecimal.valueOf(seconds * 1000 + r.nextInt(1000), 3);
    }

    private static void tag(JsonGenerator json, String key, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("Key", key);
        json.writeStringField("Value", value);
        json.writeEndObject();
    }
}
