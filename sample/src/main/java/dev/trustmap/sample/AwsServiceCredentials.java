package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM service-specific credentials as {@code aws iam list-service-specific-credentials --all-users} (CLI v2) prints
 * them, one file per account ({@code evidence/aws/service-specific-credentials-ACCOUNT.json}): a Bedrock API key for
 * every Bedrock agent user (some expire, some never do) and CodeCommit passwords for one workload user in eight.
 * They belong to users the credential reports list, so they add credentials, not identities.
 */
final class AwsServiceCredentials implements EstatePart {

    static final long PART = 1600;
    static final String SOURCE = "aws-service-specific-credentials";

    private final Estate estate;
    private final AwsCredentialReports aws;

    AwsServiceCredentials(Estate estate, AwsCredentialReports aws) {
        this.estate = estate;
        this.aws = aws;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        List<AwsCredentialReports.RootUser> users = aws.rootUsers();
        for (int a = 0; a < aws.accounts(); a++) {
            List<AwsCredentialReports.RootUser> holders = new ArrayList<>();
            for (AwsCredentialReports.RootUser user : users) {
                if (user.account() == a && (user.agent()
                        || estate.time().random(PART, user.name().hashCode()).chance(0.125))) {
                    holders.add(user);
                }
            }
            if (holders.isEmpty()) {
                continue;
            }
            String account = aws.accountId(a);
            String path = "evidence/aws/service-specific-credentials-" + account + ".json";
            try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.FOUR_SPACES)) {
                json.writeStartObject();
                json.writeArrayFieldStart("ServiceSpecificCredentials");
                for (AwsCredentialReports.RootUser user : holders) {
                    credential(json, user, account);
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
            files.tally(path, SOURCE, holders.size(), 0);
        }
    }

    private void credential(JsonGenerator json, AwsCredentialReports.RootUser user, String account)
            throws IOException {
        SampleRandom r = estate.time().random(PART, user.name().hashCode(), 1);
        long asOf = estate.asOf();
        long created = Math.max(user.born(), asOf - r.nextLong(400 * Timeline.DAY));
        boolean expires = user.agent() && r.chance(0.5);
        long expiry = created + (r.chance(0.5) ? 30 : 365) * Timeline.DAY;
        json.writeStartObject();
        json.writeStringField("UserName", user.name());
        json.writeStringField("Status", expires && expiry < asOf ? "Expired" : r.chance(0.9) ? "Active" : "Inactive");
        if (user.agent()) {
            json.writeStringField("ServiceCredentialAlias",
                    "BedrockAPIKey-" + r.text("abcdefghijklmnopqrstuvwxyz0123456789", 4));
        }
        json.writeStringField("ServiceUserName", user.name() + "-at-" + account);
        json.writeStringField("CreateDate", Times.awsTime(created));
        if (expires) {
            json.writeStringField("ExpirationDate", Times.awsTime(expiry));
        }
        json.writeStringField("ServiceSpecificCredentialId", "ACCA" + r.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17));
        json.writeStringField("ServiceName", user.agent() ? "bedrock.amazonaws.com" : "codecommit.amazonaws.com");
        json.writeEndObject();
    }
}
