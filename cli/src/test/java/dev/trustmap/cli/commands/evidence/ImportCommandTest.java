package dev.trustmap.cli.commands.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trustmap import} on the mixed example estate: exports, an inventory sheet and an owners sheet. */
class ImportCommandTest extends CommandTestBase {

    private static final Path ESTATE = Path.of("..", "examples", "estate");

    @TempDir
    Path out;

    private Map<String, JsonNode> importEstate(Path target) throws IOException {
        Run run = trustmap("import", ESTATE.toString(), "--ignore-unknown", "--as-of", "2026-09-30",
                "--out", target.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("inventory: 24 identities, 23 credentials, 1 leaked secrets");
        JsonNode inventory = new ObjectMapper().readTree(target.toFile());
        assertThat(inventory.get("asOf").asText()).isEqualTo("2026-09-30T23:59:59Z");
        Map<String, JsonNode> byId = new HashMap<>();
        inventory.get("identities").forEach(i -> byId.put(i.get("id").asText(), i));
        return byId;
    }

    @Test
    void identityFromTwoAwsExportsIsMergedAndTheOwnersSheetOverridesInference() throws IOException {
        JsonNode deployer = importEstate(out.resolve("inventory.json"))
                .get("arn:aws:iam::210987654321:user/ci/github-deployer");
        assertThat(deployer.get("sources").toString()).contains("aws-authorization-details")
                .contains("aws-credential-report");
        assertThat(deployer.get("privileged").asBoolean()).isTrue();
        assertThat(deployer.get("privilegeReason").asText()).contains("DeployEverything");
        assertThat(deployer.get("actorClass").asText()).isEqualTo("pipeline");
        assertThat(deployer.get("actorClassReason").asText()).isEqualTo("stated in the identity-owner sheet");
        assertThat(deployer.get("lane").asText()).isEqualTo("machine");
        assertThat(deployer.get("technicalOwner").asText()).isEqualTo("ivan@example.com");
        JsonNode key = deployer.at("/credentials/0");
        assertThat(key.get("kind").asText()).isEqualTo("access_key");
        assertThat(key.get("createdAt").asText()).isEqualTo("2024-01-15T09:30:00Z");
        assertThat(key.get("lastUsedAt").asText()).isEqualTo("2026-09-29T23:45:00Z");
    }

    @Test
    void aiIdentitiesFromTheSheetKeepTheirLaneDatesAndLinkedLeak() throws IOException {
        Map<String, JsonNode> byId = importEstate(out.resolve("inventory.json"));
        JsonNode triage = byId.get("agent:support-triage");
        assertThat(triage.get("lane").asText()).isEqualTo("ai");
        assertThat(triage.get("onBehalfOf").asText()).isEqualTo("carol@example.com");
        assertThat(triage.get("credentials")).hasSize(2);
        assertThat(triage.at("/credentials/0/createdAt").asText()).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(triage.at("/credentials/1/ttlSeconds").asLong()).isEqualTo(3600);
        JsonNode copilot = byId.get("agent:finance-copilot");
        assertThat(copilot.get("technicalOwner").asText()).isEqualTo("grace@example.com");
        assertThat(copilot.at("/credentials/0/leaked").asBoolean()).isTrue();
        assertThat(copilot.at("/credentials/0/leaks/0/location").asText()).isEqualTo("notebooks/invoice-demo.ipynb:12");
        JsonNode gcp = byId.get("ci-deployer@acme-prod-4821.iam.gserviceaccount.com");
        assertThat(gcp.at("/credentials/0/expiresAt").isNull()).isTrue();
        assertThat(gcp.at("/credentials/2/managedBy").asText()).isEqualTo("platform");
        assertThat(byId.get("payments/payments-api").get("technicalOwner").asText()).isEqualTo("mallory@example.com");
    }

    @Test
    void ownersRowThatMatchesNothingIsReportedWithTheClosestId() throws IOException {
        importEstate(out.resolve("inventory.json"));
        JsonNode warnings = new ObjectMapper().readTree(out.resolve("inventory.json").toFile()).get("warnings");
        assertThat(warnings.toString()).contains("github-deployr' matches no imported identity")
                .contains("Did you mean arn:aws:iam::210987654321:user/ci/github-deployer?");
    }

    @Test
    void sameInputsAndAsOfGiveTheSameBytes() throws IOException {
        importEstate(out.resolve("a.json"));
        importEstate(out.resolve("b.json"));
        assertThat(Files.readAllBytes(out.resolve("a.json"))).isEqualTo(Files.readAllBytes(out.resolve("b.json")));
    }

    @Test
    void anInventoryImportedAgainGivesTheSameIdentities() throws IOException {
        Map<String, JsonNode> first = importEstate(out.resolve("first.json"));
        Run again = trustmap("import", out.resolve("first.json").toString(), "--as-of", "2026-09-30",
                "--out", out.resolve("again.json").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("trustmap-inventory").contains("24 identities, 23 credentials");
    }

    @Test
    void unknownFileStopsTheImportListingTheFormatsAndWritesNothing() {
        Run run = trustmap("import", ESTATE.toString(), "--out", out.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("README.md: not a format trustmap recognises.")
                .contains("aws-credential-report:").contains("inventory-csv:").contains("--ignore-unknown");
        assertThat(out.resolve("x.json")).doesNotExist();
    }

    @Test
    void formatsListsEverySourceKey() {
        Run run = trustmap("formats", "--format", "csv");
        assertThat(run.code()).isZero();
        for (String key : new String[] {"aws-credential-report", "aws-authorization-details", "gcp-service-accounts",
            "azure-applications", "azure-signins", "kubernetes", "github", "vault", "x509", "gitleaks",
            "trufflehog", "inventory-csv", "trustmap-inventory", "aws-secretsmanager",
            "aws-service-specific-credentials", "azure-keyvault", "spire", "entra-agent-identities",
            "entra-permission-grants", "prowler-ocsf"}) {
            assertThat(run.out()).contains("\r\n" + key + ",");
        }
    }

    @Test
    void secretStoreExportsAreDetectedByContentAndImported() throws IOException {
        Path secrets = Files.writeString(out.resolve("secrets.json"), """
                {"SecretList": [{"ARN": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/db-AbC123",
                  "Name": "prod/db", "CreatedDate": 1780392004.118, "LastAccessedDate": 1790726400.0}]}
                """);
        Path entries = Files.writeString(out.resolve("entries.json"), "{\"entries\":[{\"id\":\"e1\",\"parent_id\":"
                + "{\"path\":\"/node\",\"trust_domain\":\"td.test\"},\"selectors\":[],\"spiffe_id\":{\"path\":\"/web\","
                + "\"trust_domain\":\"td.test\"},\"x509_svid_ttl\":3600}],\"next_page_token\":\"\"}\n");

        Run run = trustmap("import", secrets.toString(), entries.toString(), "--as-of", "2026-09-30", "--out",
                out.resolve("inventory.json").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("aws-secretsmanager").contains("spire")
                .contains("inventory: 2 identities, 2 credentials");
        JsonNode inventory = new ObjectMapper().readTree(out.resolve("inventory.json").toFile());
        assertThat(inventory.at("/identities/0/credentials/0/lastUsedAt").asText()).isEqualTo("2026-09-30T00:00:00Z");
        assertThat(inventory.at("/identities/1/id").asText()).isEqualTo("spiffe://td.test/web");
        assertThat(inventory.at("/identities/1/credentials/0/kind").asText()).isEqualTo("federated");
    }

    @Test
    void aBadElementOfASecretStoreExportStopsTheImportWithItsPointer() throws IOException {
        Path vault = Files.writeString(out.resolve("vault.json"), """
                {"value":[{"id":"https://kv-payments-prod.vault.azure.net/secrets/db",
                 "attributes":{"enabled":true,"exp":"next year"}}],"nextLink":null}
                """);

        Run run = trustmap("import", vault.toString(), "--out", out.resolve("inventory.json").toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("vault.json:line 1, /value/0/attributes/exp").contains("'next year'")
                .contains("--skip-bad-rows");
        assertThat(out.resolve("inventory.json")).doesNotExist();
    }

    @Test
    void malformedJsonOfASecretStoreExportIsExitThree() throws IOException {
        Path keys = Files.writeString(out.resolve("keys.json"), "{\"ServiceSpecificCredentials\": [{\"UserName\": "
                + "\"a\", \"ServiceSpecificCredentialId\": \"ACCA1\",\n \"ServiceName\": codecommit}]}\n");

        Run run = trustmap("import", keys.toString(), "--out", out.resolve("inventory.json").toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("keys.json:line 2, column ").contains("not valid JSON");
        assertThat(out.resolve("inventory.json")).doesNotExist();
    }

    @Test
    void truncatedJsonFailsWithItsPositionAndNoOutput() throws IOException {
        Path file = Files.writeString(out.resolve("keys.json"), "[{\"name\": \"projects/p/serviceAccounts/"
                + "a@p.iam.gserviceaccount.com/keys/k1\", \"keyType\": \"USER_MANAGED\"},\n {\"name\": ");
        Run run = trustmap("import", file.toString(), "--source", "gcp-service-accounts", "--out",
                out.resolve("inventory.json").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("keys.json:line 2").contains("truncated");
        assertThat(out.resolve("inventory.json")).doesNotExist();
    }

    @Test
    void badRowFailsTheImportUnlessSkippedThenItIsListedAndCounted() throws IOException {
        Path sheet = Files.writeString(out.resolve("inventory.csv"), """
                identity_id,identity_name,actor_class,credential_id,credential_kind,created_at
                agent:a,a,ai_agent,k1,api_key,2026-01-01
                agent:b,b,ai_agent,k2,api_key,last tuesday
                agent:c,c,ai_agent,k3,magic_key,2026-01-01
                """);
        Path target = out.resolve("inventory.json");
        Run strict = trustmap("import", sheet.toString(), "--out", target.toString());
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err()).contains("inventory.csv:line 3").contains("last tuesday").contains("--skip-bad-rows");
        assertThat(target).doesNotExist();
        Run lenient = trustmap("import", sheet.toString(), "--skip-bad-rows", "--out", target.toString());
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("inventory: 1 identities").contains("2 warnings");
        JsonNode written = new ObjectMapper().readTree(target.toFile());
        assertThat(written.at("/sources/0/skippedRows").asInt()).isEqualTo(2);
        assertThat(written.get("warnings").toString()).contains("line 3").contains("line 4");
    }
}
