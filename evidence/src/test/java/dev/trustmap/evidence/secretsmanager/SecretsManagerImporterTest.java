package dev.trustmap.evidence.secretsmanager;

import static dev.trustmap.evidence.ImporterTestSupport.assertCutShortFails;
import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsManagerImporterTest {

    private static final String DIR = "dev/trustmap/evidence/secretsmanager/";
    private static final Path LIST_DOCS = resource(DIR + "aws-cli-example_list-secrets_example1.json");
    private static final Path RDS_DOCS = resource(DIR
            + "aws-cli-example_list-secrets_example3_owning-service-rds.json");
    private static final Path DESCRIBE_DOCS = resource(DIR + "aws-cli-example_describe-secret.json");
    private static final Path V2_PAGES = resource(DIR + "list-secrets-cli-v2-pages.json");
    private static final Path GET_VALUE = resource(DIR + "get-secret-value-by-mistake.json");

    private static final String STRIPE = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:"
            + "prod/payments/stripe-api-key-Xq3v9T";
    private static final String DEPLOY = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:"
            + "prod/ci/deploy-token-Pw7Lk2";
    private static final String SOAP = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:"
            + "legacy/soap-partner-password-Hh2Kd8";

    private final SecretsManagerImporter importer = new SecretsManagerImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // --- the AWS CLI's own examples (CLI v1: epoch seconds) ---

    @Test
    void docsListIsOneIdentityPerSecretEachHoldingTheSecret() {
        Inventory inventory = importFiles(importer, LIST_DOCS);

        assertThat(ids(inventory)).containsExactly(
                "arn:aws:secretsmanager:us-west-2:123456789012:secret:AnotherSecret-d4e5f6",
                "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3");
        Identity secret = identity(inventory,
                "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3");
        assertThat(secret.name()).isEqualTo("MyTestSecret");
        assertThat(secret.platform()).isEqualTo("aws");
        assertThat(secret.account()).isEqualTo("123456789012");
        assertThat(secret.status()).isEqualTo("active");
        assertThat(secret.actorClass()).as("a stored secret says nothing of who reads it").isNull();
        assertThat(secret.lane()).isNull();
        assertThat(secret.technicalOwner()).isNull();
        assertThat(secret.sources()).containsExactly("aws-secretsmanager");
        Credential stored = credential(secret, secret.id());
        assertThat(stored.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(stored.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(stored.active()).isTrue();
        assertThat(stored.createdAt()).isNull();
        assertThat(stored.lastRotatedAt()).as("LastChangedDate is no rotation").isNull();
        assertThat(stored.lastUsedAt()).isNull();
        assertThat(stored.expiresAt()).isNull();
        assertThat(stored.origin().location()).isEqualTo("/SecretList/0");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void describeSecretReadsEpochFractionsAndKeepsLastAccessToTheDay() {
        Inventory inventory = importFiles(importer, DESCRIBE_DOCS);

        Identity secret = identity(inventory,
                "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-Ca8JGt");
        assertThat(secret.purpose()).isEqualTo("My test secret");
        assertThat(secret.technicalOwner()).as("FirstTag and SecondTag name no owner").isNull();
        assertThat(secret.lastUsedAt()).isEqualTo(Instant.parse("2018-04-24T00:00:00Z"));
        Credential stored = credential(secret, secret.id());
        assertThat(stored.managedBy()).as("rotated by its owner's Lambda, not by AWS").isEqualTo(ManagedBy.USER);
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2018-03-20T08:24:12.660Z"));
        assertThat(stored.lastRotatedAt()).isEqualTo(Instant.parse("2018-05-08T02:40:53.720Z"));
        assertThat(stored.lastUsedAt()).as("1524572133.25 is 12:15 UTC; AWS keeps the day").isEqualTo(
                Instant.parse("2018-04-24T00:00:00Z"));
        assertThat(stored.origin().location()).isEqualTo("line 1");
    }

    @Test
    void aSecretRdsOwnsIsAPlatformManagedDatabasePassword() {
        Identity rds = identity(importFiles(importer, RDS_DOCS), "arn:aws:secretsmanager:us-west-2:123456789012:"
                + "secret:rds!cluster-a1b2c3d4-5678-90ab-cdef-EXAMPLE11111-a1b2c3");

        assertThat(rds.name()).isEqualTo("rds!cluster-a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
        assertThat(rds.purpose()).isEqualTo("Secret associated with primary RDS DB cluster: "
                + "arn:aws:rds:us-west-2:123456789012:cluster:database-1");
        Credential password = credential(rds, rds.id());
        assertThat(password.kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(password.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(password.createdAt()).isEqualTo(Instant.parse("2023-01-11T20:01:40.700Z"));
        assertThat(password.lastRotatedAt()).isEqualTo(Instant.parse("2023-01-11T22:56:21.260Z"));
        assertThat(password.lastUsedAt()).isEqualTo(Instant.parse("2023-01-11T00:00:00Z"));
    }

    // --- CLI v2: ISO-8601 in the machine's zone, pages back to back ---

    @Test
    void cliV2TimesAreInstantsAndLastAccessIsTheUtcDay() {
        Inventory inventory = importFiles(importer, V2_PAGES);

        assertThat(inventory.identities()).hasSize(4);
        Identity deploy = identity(inventory, DEPLOY);
        Credential token = credential(deploy, DEPLOY);
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2025-01-10T13:00:00Z"));
        assertThat(token.lastRotatedAt()).isEqualTo(Instant.parse("2026-09-01T07:00:07.231Z"));
        assertThat(token.lastUsedAt()).as("2026-09-29T19:00-05:00 is the 30th in UTC")
                .isEqualTo(Instant.parse("2026-09-30T00:00:00Z"));
        assertThat(token.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(token.expiresAt()).as("NextRotationDate is no expiry").isNull();
        assertThat(deploy.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(deploy.actorClassReason()).isEqualTo("name contains 'ci'");
        assertThat(deploy.purpose()).as("Description: null").isNull();
        assertThat(credential(identity(inventory, STRIPE), STRIPE).lastUsedAt())
                .as("2026-09-28T01:00+01:00 is midnight UTC").isEqualTo(Instant.parse("2026-09-28T00:00:00Z"));
        assertThat(credential(identity(inventory, STRIPE), STRIPE).createdAt())
                .isEqualTo(Instant.parse("2024-03-15T09:12:44.501Z"));
        assertThat(credential(identity(inventory, STRIPE), STRIPE).origin().location()).isEqualTo("/SecretList/0");
        String events = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:events!connection/partner-webhook/"
                + "0c5f1f0e-5a2b-4c3d-8e9f-1a2b3c4d5e6f-Zz9Yy8";
        assertThat(credential(identity(inventory, events), events).origin().location())
                .isEqualTo("document 2 /SecretList/1");
        assertThat(inventory.warnings()).as("the NextToken of the first page is answered by the second").isEmpty();
    }

    @Test
    void ownerAndEnvironmentTagsFillTheOwnerFieldsAndAwsTagsNever() {
        Inventory inventory = importFiles(importer, V2_PAGES);

        Identity stripe = identity(inventory, STRIPE);
        assertThat(stripe.technicalOwner()).isEqualTo("maria.lopez@example.com");
        assertThat(stripe.businessOwner()).isEqualTo("head-of-payments@example.com");
        assertThat(stripe.environment()).isEqualTo("prod");
        assertThat(stripe.purpose()).isEqualTo("Stripe restricted key used by the payments service to create charges");
        assertThat(identity(inventory, DEPLOY).technicalOwner()).as("technical_owner before owner")
                .isEqualTo("platform-team@example.com");
    }

    @Test
    void aSecretScheduledForDeletionIsDecommissionedAndItsSecretInactive() {
        Identity soap = identity(importFiles(importer, V2_PAGES), SOAP);

        assertThat(soap.status()).isEqualTo("decommissioned");
        assertThat(soap.decommissionOn()).isEqualTo(Instant.parse("2026-08-20T14:03:11Z"));
        assertThat(soap.actorClass()).isEqualTo(ActorClass.THIRD_PARTY);
        Credential password = credential(soap, SOAP);
        assertThat(password.active()).isFalse();
        assertThat(password.lastRotatedAt()).as("rotation cancelled: its last run still counts")
                .isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(password.lastUsedAt()).isNull();
    }

    @Test
    void aSecretAnotherServiceOwnsIsPlatformManagedButNoPassword() {
        Inventory inventory = importFiles(importer, V2_PAGES);
        String events = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:events!connection/partner-webhook/"
                + "0c5f1f0e-5a2b-4c3d-8e9f-1a2b3c4d5e6f-Zz9Yy8";

        Credential connection = credential(identity(inventory, events), events);

        assertThat(connection.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(connection.kind()).isEqualTo(CredentialKind.API_KEY);
    }

    @Test
    void describeSecretAndListSecretsOfTheSameSecretMerge() throws IOException {
        Path describe = write("describe.json", """
                {
                    "ARN": "%s",
                    "Name": "prod/payments/stripe-api-key",
                    "LastChangedDate": 1780392004.118,
                    "LastRotatedDate": 1788000000,
                    "CreatedDate": 1710493964.501,
                    "Tags": [{"Key": "owner", "Value": "someone@example.com"}]
                }
                """.formatted(STRIPE));

        Inventory inventory = importFiles(importer, V2_PAGES, describe);

        assertThat(inventory.identities()).hasSize(4);
        Identity stripe = identity(inventory, STRIPE);
        assertThat(stripe.credentials()).singleElement().satisfies(c -> {
            assertThat(c.createdAt()).isEqualTo(Instant.parse("2024-03-15T09:12:44.501Z"));
            assertThat(c.lastRotatedAt()).as("only describe-secret said").isEqualTo(Instant.ofEpochSecond(1788000000));
        });
        assertThat(stripe.technicalOwner()).as("the first file read wins").isEqualTo("maria.lopez@example.com");
    }

    // --- get-secret-value exported by mistake ---

    @Test
    void aSecretValueIsNeverReadAndTheFileIsWarnedAbout() {
        Inventory inventory = importFiles(importer, GET_VALUE);

        Identity stripe = identity(inventory, STRIPE);
        assertThat(stripe.name()).isEqualTo("prod/payments/stripe-api-key");
        Credential stored = credential(stripe, STRIPE);
        assertThat(stored.createdAt()).as("the version's date, not the secret's").isNull();
        assertThat(stored.fingerprint()).isNull();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).startsWith("1 secret holds its value (SecretString or SecretBinary");
        });
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    // --- edge cases ---

    @Test
    void anEmptyListIsRecognisedAndHoldsNothing() throws IOException {
        Path empty = write("empty.json", "{\n    \"SecretList\": []\n}\n");

        assertThat(importer.recognises(new EvidenceFile(empty).head())).isTrue();
        assertThat(importFiles(importer, empty).identities()).isEmpty();
    }

    @Test
    void absentNullAndUnknownFieldsAreNotGuessed() throws IOException {
        Path sparse = write("sparse.json", """
                {"SecretList": [{"ARN": "arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:app-AbC123",
                  "LastAccessedDate": null, "Tags": null, "RotationEnabled": null, "SomethingNew": {"x": [1, 2]}}]}
                """);

        Identity app = identity(importFiles(importer, sparse),
                "arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:app-AbC123");

        assertThat(app.name()).as("from the ARN, without its random suffix").isEqualTo("app");
        assertThat(app.account()).isEqualTo("111122223333");
        assertThat(app.lastUsedAt()).isNull();
        assertThat(app.credentials()).singleElement().satisfies(c -> {
            assertThat(c.createdAt()).isNull();
            assertThat(c.active()).isTrue();
        });
    }

    @Test
    void epochSecondsWrittenAsTextAreRead() throws IOException {
        Path text = write("text.json", """
                {"ARN": "arn:aws:secretsmanager:us-east-1:111122223333:secret:x-AbC123",
                 "CreatedDate": "1523477145.729"}
                """);

        Identity x = identity(importFiles(importer, text),
                "arn:aws:secretsmanager:us-east-1:111122223333:secret:x-AbC123");

        assertThat(x.credentials().get(0).createdAt()).isEqualTo(Instant.parse("2018-04-11T20:05:45.729Z"));
    }

    @Test
    void aLastPageWithNextTokenWarnsThatSecretsAreMissing() throws IOException {
        String text = Files.readString(V2_PAGES);
        Path firstPage = write("page1.json", text.substring(0, text.indexOf("}\n{") + 2));

        Inventory inventory = importFiles(importer, firstPage);

        assertThat(inventory.identities()).hasSize(2);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).contains("NextToken").contains("later pages are not in this file");
            assertThat(w.message()).doesNotContain("AYAD");
        });
    }

    @Test
    void anUnreadableTimeIsABadRowNamingItsPointerAndCanBeSkipped() throws IOException {
        Path bad = write("bad.json", Files.readString(V2_PAGES)
                .replace("\"2025-01-10T08:00:00-05:00\"", "\"last winter\""));

        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("bad.json");
            assertThat(problem.location()).isEqualTo("line 35, /SecretList/1/CreatedDate");
            assertThat(problem.message()).isEqualTo("expected a time in CreatedDate (epoch seconds such as "
                    + "1523477145.729, or ISO-8601), found 'last winter'.");
        });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(ids(skipped)).hasSize(3).doesNotContain(DEPLOY);
        assertThat(skipped.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("skipped: "));
    }

    @Test
    void anElementThatIsNoSecretIsABadRow() throws IOException {
        Path other = write("other.json", """
                {"SecretList": [
                  "MyTestSecret",
                  {"Name": "no-arn"},
                  {"ARN": "arn:aws:iam::111122223333:user/alice", "Name": "alice"}
                ]}
                """);

        Inventory skipped = importFiles(importer, true, other);

        assertThat(skipped.identities()).isEmpty();
        assertThat(skipped.warnings()).extracting(InputProblem::location)
                .containsExactly("line 2, /SecretList/0", "line 3, /SecretList/1", "line 4, /SecretList/2/ARN");
        assertThat(skipped.warnings().get(1).message()).contains("fields Name");
    }

    @Test
    void malformedJsonFailsWithFileAndPosition() throws IOException {
        Path truncated = write("cut.json", Files.readString(V2_PAGES).substring(0, 400));

        assertCutShortFails(importer, truncated);
    }

    // --- recognition ---

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("secretsmanager");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }
}
