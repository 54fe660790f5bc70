package dev.trustmap.evidence.azure;

import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importDetected;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentIdentityImporterTest {

    static final String AGENTS = ApplicationsImporterTest.DIR + "graph_beta_agentIdentities.json";
    static final String INVOICES = "b3d5f7a9-1c2e-4a6b-8d0f-3e5a7c9b1d24";
    static final String INVOICES_OBJECT = "7c1e4a92-3b5d-4f60-9a8e-2d4c6b8a0e13";
    static final String CONTRACTS_OBJECT = "9e2f4b6d-8a1c-4e3f-b5d7-0c2e4a6b8d35";
    static final String HELPDESK = "d5b7f9a1-3e5c-4d7f-9a1b-2c4e6a8b0d57";
    static final String BLUEPRINT = "4f6a8c0e-2b4d-4e6f-8a0c-5b7d9f1a3c57";

    private final AgentIdentityImporter importer = new AgentIdentityImporter();

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void agentIdentityIsAnAiAgentNamedByAppIdWithItsBlueprintSponsorAndOwner() {
        Identity invoices = identity(importFiles(importer, resource(AGENTS)), INVOICES);

        assertThat(invoices.name()).isEqualTo("Invoice triage agent");
        assertThat(invoices.platform()).isEqualTo("azure");
        assertThat(invoices.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(invoices.lane()).isEqualTo(Lane.AI);
        assertThat(invoices.actorClassReason()).isEqualTo("Entra Agent ID agent identity of blueprint " + BLUEPRINT);
        assertThat(invoices.parentIdentity()).isEqualTo(BLUEPRINT);
        assertThat(invoices.businessOwner()).as("the first sponsor, by mail").isEqualTo("ana@contoso.example");
        assertThat(invoices.technicalOwner()).as("the first owner, by UPN without mail")
                .isEqualTo("chen.li@contoso.example");
        assertThat(invoices.status()).isEqualTo("active");
        assertThat(invoices.decommissionOn()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(invoices.lastUsedAt()).as("the list has no last use").isNull();
        assertThat(invoices.credentials()).as("agent identities hold no credential of their own").isEmpty();
        assertThat(invoices.privileged()).isNull();
        assertThat(invoices.sources()).containsExactly(AgentIdentityImporter.SOURCE);
    }

    @Test
    void pagesBackToBackAreReadWholeAndAnAgentWithoutAppIdKeepsItsObjectId() {
        Inventory inventory = importFiles(importer, resource(AGENTS));

        assertThat(ids(inventory)).containsExactly(INVOICES, HELPDESK, "entra-sp:" + CONTRACTS_OBJECT);
        Identity contracts = identity(inventory, "entra-sp:" + CONTRACTS_OBJECT);
        assertThat(contracts.status()).isEqualTo("disabled");
        assertThat(contracts.businessOwner()).as("empty sponsors").isNull();
        assertThat(contracts.technicalOwner()).as("null owners").isNull();
        assertThat(contracts.decommissionOn()).isNull();
        assertThat(inventory.warnings()).extracting(InputProblem::message).containsExactly("1 record named an "
                + "identity only by the platform's object id (entra-sp:..., entra-app:...), which no other input "
                + "lists; kept under that name.");
    }

    @Test
    void disabledByMicrosoftWinsOverAccountEnabledAndAServicePrincipalSponsorIsNamedByDisplayName() {
        Identity helpdesk = identity(importFiles(importer, resource(AGENTS)), HELPDESK);

        assertThat(helpdesk.status()).isEqualTo("disabled");
        assertThat(helpdesk.businessOwner()).isEqualTo("Agent operations");
        assertThat(helpdesk.decommissionOn()).as("lifecycle null").isNull();
    }

    @Test
    void aLastPageThatNamesANextOneIsWarnedAbout() throws IOException {
        Path page = write("agents.json", """
                {"@odata.context": "$metadata#servicePrincipals/microsoft.graph.agentIdentity",
                 "@odata.nextLink": "https://graph.microsoft.com/beta/servicePrincipals?$skiptoken=X",
                 "value": [{"id": "o1", "appId": "a1", "displayName": "Agent", "agentIdentityBlueprintId": "bp"}]}
                """);

        Inventory inventory = importFiles(importer, page);

        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).contains("later pages are not in this file");
        });
    }

    @Test
    void pagesInAnArrayAreReadToo() throws IOException {
        Path pages = write("agents.json", """
                [{"value": [{"id": "o1", "appId": "a1", "agentIdentityBlueprintId": "bp"}]},
                 {"@odata.nextLink": "https://graph.microsoft.com/beta/next",
                  "value": [{"id": "o2", "appId": "a2", "agentIdentityBlueprintId": "bp"}]}]
                """);

        Inventory inventory = importFiles(importer, pages);

        assertThat(ids(inventory)).containsExactly("a1", "a2");
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("line 2"));
    }

    @Test
    void anAgentListedInTheServicePrincipalListTooIsOneIdentity() throws IOException {
        Path servicePrincipals = write("sp.json", """
                [{"id": "%s", "appId": "%s", "displayName": "Invoice triage agent",
                  "@odata.type": "#microsoft.graph.agentIdentity", "agentIdentityBlueprintId": "%s",
                  "appOwnerOrganizationId": "%s", "servicePrincipalNames": [],
                  "servicePrincipalType": "ServiceIdentity", "accountEnabled": true, "passwordCredentials": [],
                  "keyCredentials": []},
                 {"id": "%s", "appId": "c0ffee00-0000-4000-8000-000000000001",
                  "servicePrincipalType": "ServiceIdentity", "agentIdentityBlueprintId": "%s",
                  "servicePrincipalNames": []}]
                """.formatted(INVOICES_OBJECT, INVOICES, BLUEPRINT, ApplicationsImporterTest.HOME, CONTRACTS_OBJECT,
                BLUEPRINT));

        Inventory inventory = importDetected(resource(AGENTS), servicePrincipals);

        assertThat(ids(inventory)).containsExactly(INVOICES, "c0ffee00-0000-4000-8000-000000000001", HELPDESK);
        Identity invoices = identity(inventory, INVOICES);
        assertThat(invoices.sources()).containsExactly(AgentIdentityImporter.SOURCE, ApplicationsImporter.SOURCE);
        assertThat(invoices.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(invoices.account()).isEqualTo(ApplicationsImporterTest.HOME);
        Identity contracts = identity(inventory, "c0ffee00-0000-4000-8000-000000000001");
        assertThat(contracts.name()).as("the agent list's name, joined by object id")
                .isEqualTo("Contract review agent");
        assertThat(contracts.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void anAgentWithNeitherAppIdNorIdIsABadRecordNamedByLine() throws IOException {
        Path page = write("agents.json", """
                {"@odata.context": "$metadata#servicePrincipals/microsoft.graph.agentIdentity",
                 "value": [
                   {"displayName": "Nameless", "agentIdentityBlueprintId": "bp"}
                 ]}
                """);

        assertThatThrownBy(() -> importFiles(importer, page)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputProblem problem = ((InputException) e).problems().get(0);
                    assertThat(problem.file()).isEqualTo("agents.json");
                    assertThat(problem.location()).isEqualTo("line 3, /value/0");
                    assertThat(problem.message()).contains("neither an appId nor an id");
                });
    }

    @Test
    void sponsorsThatAreNotAListAndBadLifecycleTimesAreNamed() throws IOException {
        Path sponsors = write("sponsors.json", """
                [{"id": "o1", "appId": "a1", "agentIdentityBlueprintId": "bp", "sponsors": "ana@contoso.example"}]
                """);
        Path lifecycle = write("lifecycle.json", """
                [{"id": "o1", "appId": "a1", "agentIdentityBlueprintId": "bp",
                  "lifecycle": {"expirationDateTime": "next spring"}}]
                """);

        assertThatThrownBy(() -> importFiles(importer, sponsors)).isInstanceOf(InputException.class)
                .hasMessageContaining("/0/sponsors").hasMessageContaining("expected sponsors to be an array");
        assertThatThrownBy(() -> importFiles(importer, lifecycle)).isInstanceOf(InputException.class)
                .hasMessageContaining("/0/lifecycle/expirationDateTime").hasMessageContaining("next spring");
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getFileName().toString().contains("agentIdentities");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }

    @Test
    void aServicePrincipalListHoldingAgentsStaysWithTheApplicationsImporter() throws IOException {
        Path mixed = write("sp.json", """
                {"@odata.context": "https://graph.microsoft.com/beta/$metadata#servicePrincipals",
                 "value": [{"id": "o1", "appId": "a1", "servicePrincipalNames": ["a1"], "servicePrincipalType": "x",
                            "@odata.type": "#microsoft.graph.agentIdentity", "agentIdentityBlueprintId": "bp"}]}
                """);

        assertThat(Importers.all().detect(new EvidenceFile(mixed)).source()).isEqualTo(ApplicationsImporter.SOURCE);
        assertThat(Importers.all().detect(new EvidenceFile(resource(AGENTS))).source())
                .isEqualTo(AgentIdentityImporter.SOURCE);
    }
}
