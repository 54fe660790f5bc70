package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * A Prowler scan of the first AWS account as {@code prowler aws -M json-ocsf} writes it
 * ({@code evidence/prowler/prowler-output-<account>.ocsf.json}): {@code iam_rotate_access_key_90_days} on the first
 * {@value AwsCredentialReports#SCANNED} machine users with an access key, a day before the as-of instant, with
 * Prowler's fixed 90 days. {@code time} is epoch seconds; {@code time_dt} is the scanning machine's local time, an
 * hour ahead, with no zone, as Prowler writes it. Prowler's check looks at access keys only, against its fixed 90
 * days, while trustmap's rotation check judges every static secret of the identity against the policy: a user whose
 * keys are fresh but whose console or CodeCommit password is not passes Prowler and fails trustmap, and the
 * assessment lists the disagreement (the default sample, 3000 identities with seed 1, has one).
 */
final class ProwlerScan implements EstatePart {

    static final String SOURCE = "prowler-ocsf";
    private static final String CHECK = "iam_rotate_access_key_90_days";
    private static final long MAX_AGE_DAYS = 90;

    private final Estate estate;
    private final AwsCredentialReports aws;

    ProwlerScan(Estate estate, AwsCredentialReports aws) {
        this.estate = estate;
        this.aws = aws;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        List<AwsCredentialReports.ScannedKey> keys = aws.scanned();
        if (keys.isEmpty()) {
            return;
        }
        String path = "evidence/prowler/prowler-output-" + keys.get(0).account() + ".ocsf.json";
        long scannedAt = estate.asOf() - Timeline.DAY;
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            json.writeStartArray();
            for (AwsCredentialReports.ScannedKey key : keys) {
                long age = Math.max(0, (scannedAt - key.issued()) / Timeline.DAY);
                finding(json, key, scannedAt, age);
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, keys.size(), 0);
    }

    private static void finding(JsonGenerator json, AwsCredentialReports.ScannedKey key, long time, long age)
            throws IOException {
        boolean fail = age > MAX_AGE_DAYS;
        String detail = "User " + key.name() + (fail ? " has not rotated access key 1 in over 90 days (" + age
                + " days)." : " does not have access keys older than 90 days.");
        String local = Times.iso(time + 3600);
        local = local.substring(0, local.length() - 1) + ".000000"; // naive local time, no zone
        json.writeStartObject();
        json.writeStringField("message", detail);
        json.writeObjectFieldStart("metadata");
        json.writeStringField("event_code", CHECK);
        json.writeObjectFieldStart("product");
        json.writeStringField("name", "Prowler");
        json.writeStringField("uid", "prowler");
        json.writeStringField("vendor_name", "Prowler");
        json.writeStringField("version", "5.12.1");
        json.writeEndObject();
        json.writeStringField("version", "1.5.0");
        json.writeEndObject();
        json.writeNumberField("severity_id", 3);
        json.writeStringField("severity", "Medium");
        json.writeStringField("status", "New");
        json.writeStringField("status_code", fail ? "FAIL" : "PASS");
        json.writeStringField("status_detail", detail);
        json.writeObjectFieldStart("finding_info");
        json.writeNumberField("created_time", time);
        json.writeStringField("created_time_dt", local);
        json.writeStringField("title", "Ensure access keys are rotated every 90 days or less");
        json.writeStringField("uid", "prowler-aws-" + CHECK + "-" + key.account() + "-us-east-1-" + key.name());
        json.writeEndObject();
        json.writeArrayFieldStart("resources");
        json.writeStartObject();
        json.writeStringField("cloud_partition", "aws");
        json.writeStringField("region", "us-east-1");
        json.writeObjectFieldStart("group");
        json.writeStringField("name", "iam");
        json.writeEndObject();
        json.writeStringField("name", key.name() + "-access-key-1");
        json.writeStringField("type", "AwsIamUser");
        json.writeStringField("uid", key.arn());
        json.writeEndObject();
        json.writeEndArray();
        json.writeNumberField("class_uid", 2004);
        json.writeObjectFieldStart("cloud");
        json.writeObjectFieldStart("account");
        json.writeStringField("type", "AWS Account");
        json.writeStringField("uid", key.account());
        json.writeEndObject();
        json.writeStringField("provider", "aws");
        json.writeStringField("region", "us-east-1");
        json.writeEndObject();
        json.writeNumberField("time", time);
        json.writeStringField("time_dt", local);
        json.writeNumberField("type_uid", 200401);
        json.writeEndObject();
    }
}
