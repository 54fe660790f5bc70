package dev.trustmap.evidence.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakReference;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryJsonTest {

    static Inventory sample() {
        Credential key = new Credential("k1", CredentialKind.API_KEY, ManagedBy.USER, true,
                Instant.parse("2026-01-02T03:04:05Z"), null, null, null, 3600L, "sha256:0123456789abcdef",
                List.of(new LeakReference("gitleaks", "fp1", "generic-api-key", "a.py:3", null)),
                new Origin("inv.csv", "line 2"));
        Identity agent = Identity.builder("agent-7").name("=HYPERLINK(\"http://x\")").platform("openai")
                .actorClass(ActorClass.AI_AGENT).actorClassReason("stated in the inventory sheet")
                .scopes(List.of("tickets:read", "tickets:write")).privileged(false).addSource("inventory-csv")
                .addCredential(key).build();
        return new Inventory(Instant.parse("2026-09-30T23:59:59Z"),
                List.of(new SourceSummary("inv.csv", "inventory-csv", "ab", 1, 1, 0, 0)), List.of(agent),
                List.of(new LeakedSecret("fp1", "gitleaks", "generic-api-key", "sha256:0123456789abcdef", null,
                        "a.py:3", "c0ffee", null, null, "agent-7", "k1", new Origin("g.json", "/0"))), List.of());
    }

    @Test
    void writesTheDocumentedFieldsAndReadsThemBack() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InventoryJson.write(sample(), bytes);
        String json = bytes.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2026-09-30T23:59:59Z\",\n"
                + "  \"sources\": [\n    {\"file\":\"inv.csv\",")
                .contains("\n  \"identities\": [\n    {\"id\":\"agent-7\",").contains("\"lane\":\"ai\"")
                .contains("\"leaked\":true").contains("\"ttlSeconds\":3600").contains("\n  \"warnings\": []\n}\n");
        assertThat(json.lines().filter(line -> line.contains("\"id\":\"agent-7\"")).count())
                .as("one identity, one line").isEqualTo(1);
        Inventory back = InventoryJson.read("inventory.json", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back).isEqualTo(sample());
    }

    @Test
    void externalResultsAreWrittenOnlyWhereThereAreSomeAndReadBack() throws IOException {
        Inventory plain = sample();
        Identity judged = plain.identities().get(0).toBuilder().addExternalResult(new ExternalResult("prowler",
                "iam_rotate_access_key_90_days", ToolVerdict.FAIL, "prowler-aws-iam-1",
                Instant.parse("2026-09-29T08:00:00Z"), "not rotated in 120 days", new Origin("p.ocsf.json", "/4")))
                .build();
        Inventory inventory = new Inventory(plain.asOf(), plain.sources(), List.of(judged), plain.leaks(),
                plain.warnings());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InventoryJson.write(inventory, bytes);
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        InventoryJson.write(plain, without);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(",\"externalResults\":[{\"tool\":\"prowler\","
                + "\"check\":\"iam_rotate_access_key_90_days\",\"verdict\":\"fail\","
                + "\"findingId\":\"prowler-aws-iam-1\","
                + "\"observedAt\":\"2026-09-29T08:00:00Z\",\"message\":\"not rotated in 120 days\","
                + "\"source\":{\"file\":\"p.ocsf.json\",\"location\":\"/4\"}}]}");
        assertThat(without.toString(StandardCharsets.UTF_8)).doesNotContain("externalResults");
        assertThat(InventoryJson.read("inventory.json", new ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(inventory);
    }

    @Test
    void sameInventoryGivesSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        InventoryJson.write(sample(), a);
        InventoryJson.write(sample(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void flatCsvNeutralisesFormulasAndKeepsSheetColumnsFirst() throws IOException {
        StringWriter out = new StringWriter();
        InventoryCsv.write(sample(), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("identity_id,identity_name,actor_class,platform,");
        assertThat(lines[1]).startsWith("agent-7,\"'=HYPERLINK(\"\"http://x\"\")\",ai_agent,openai,")
                .contains("tickets:read;tickets:write").contains(",k1,api_key,2026-01-02T03:04:05Z,");
    }
}
