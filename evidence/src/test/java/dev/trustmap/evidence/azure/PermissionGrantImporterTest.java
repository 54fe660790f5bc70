package dev.trustmap.evidence.azure;

import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importDetected;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionGrantImporterTest {

    static final String GRANTS = ApplicationsImporterTest.DIR + "graph_v1_oauth2PermissionGrants.json";
    static final String PAYROLL_SP = "cf533854-9fb7-4c01-9c0e-f68922ada8b6";
    static final String UNKNOWN_SP = "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a";
    static final String GRAPH_SP = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String ANA = "0a1b2c3d-0000-4000-8000-00000000aa01";
    static final String BEN = "0a1b2c3d-0000-4000-8000-00000000aa02";

    private final PermissionGrantImporter importer = new PermissionGrantImporter();

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int files;

    /** A grants page in a file of its own: grants.json, then grants-2.json... */
    private Path grants(String... grants) throws IOException {
        return write(++files == 1 ? "grants.json" : "grants-" + files + ".json", "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata"
                + "#oauth2PermissionGrants\",\n \"value\": [\n" + String.join(",\n", grants) + "\n]}\n");
    }

    @Test
    void grantsJoinTheirClientsApplicationByServicePrincipalObjectId() {
        Inventory inventory = importDetected(resource(GRANTS), resource(ApplicationsImporterTest.SERVICE_PRINCIPALS),
                resource(AgentIdentityImporterTest.AGENTS));

        Identity payroll = identity(inventory, ApplicationsImporterTest.PAYROLL);
        assertThat(payroll.name()).isEqualTo("Payroll sync");
        assertThat(payroll.sources()).containsExactly(ApplicationsImporter.SOURCE, PermissionGrantImporter.SOURCE);
        assertThat(payroll.scopes()).containsExactly("openid", "profile", "offline_access", "User.Read",
                "Directory.ReadWrite.All", "Mail.Read", "Files.ReadWrite");
        assertThat(payroll.onBehalfOf()).isEqualTo(Identity.EVERY_USER);
        assertThat(payroll.privileged()).isTrue();
        assertThat(payroll.privilegeReason()).isEqualTo("tenant-wide admin consent to Directory.ReadWrite.All "
                + "(API service principal " + GRAPH_SP + ")");

        Identity agent = identity(inventory, AgentIdentityImporterTest.INVOICES);
        assertThat(agent.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(agent.scopes()).containsExactly("User.Read", "Mail.ReadWrite");
        assertThat(agent.privilegeReason()).startsWith("tenant-wide admin consent to Mail.ReadWrite");

        assertThat(ids(inventory)).doesNotContain("entra-sp:" + PAYROLL_SP, "entra-sp:"
                + AgentIdentityImporterTest.INVOICES_OBJECT);
    }

    @Test
    void oneUsersConsentIsADelegationForThatUserAndNeverPrivilegedEvenWhenBroad() {
        Inventory inventory = importDetected(resource(GRANTS), resource(ApplicationsImporterTest.SERVICE_PRINCIPALS));

        Identity vendor = identity(inventory, ApplicationsImporterTest.VENDOR);
        assertThat(vendor.scopes()).containsExactly("User.Read", "Files.ReadWrite.All");
        assertThat(vendor.onBehalfOf()).isEqualTo("user " + BEN);
        assertThat(vendor.privileged()).isNull();
        assertThat(vendor.privilegeReason()).isNull();
    }

    @Test
    void anEmptyScopeDelegatesNothingButTheClientIsStillListed() {
        Inventory inventory = importDetected(resource(GRANTS), resource(ApplicationsImporterTest.SERVICE_PRINCIPALS));

        Identity managed = identity(inventory, ApplicationsImporterTest.MANAGED);
        assertThat(managed.scopes()).isEmpty();
        assertThat(managed.onBehalfOf()).isNull();
        assertThat(managed.sources()).contains(PermissionGrantImporter.SOURCE);
    }

    @Test
    void aClientNoOtherFileListsIsKeptUnderItsObjectIdWithAWarning() {
        Inventory inventory = importFiles(importer, resource(GRANTS));

        assertThat(ids(inventory)).containsExactly("entra-sp:" + UNKNOWN_SP, "entra-sp:"
                + AgentIdentityImporterTest.INVOICES_OBJECT, "entra-sp:" + PAYROLL_SP, "entra-sp:"
                + "e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9", "entra-sp:f0e1d2c3-b4a5-4697-8877-665544332211");
        Identity unknown = identity(inventory, "entra-sp:" + UNKNOWN_SP);
        assertThat(unknown.platform()).isEqualTo("azure");
        assertThat(unknown.name()).isNull();
        assertThat(unknown.actorClass()).as("the grant says nothing about what the client is").isNull();
        assertThat(unknown.onBehalfOf()).isEqualTo(Identity.EVERY_USER);
        assertThat(unknown.privilegeReason()).isEqualTo("tenant-wide admin consent to User.ReadWrite.All "
                + "(API service principal " + GRAPH_SP + ")");
        assertThat(unknown.credentials()).isEmpty();
        assertThat(inventory.warnings()).extracting(InputProblem::message).containsExactly("5 records named an "
                + "identity only by the platform's object id (entra-sp:..., entra-app:...), which no other input "
                + "lists; kept under that name.");
    }

    @Test
    void scopesAreSplitOnAnyWhitespaceAndDeduplicatedAcrossGrants() throws IOException {
        Path file = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "Principal", "principalId": "u1", "resourceId": "r1",
                 "scope": "User.Read\\tMail.Read\\n  User.Read"}""", """
                {"id": "g2", "clientId": "c1", "consentType": "Principal", "principalId": "u2", "resourceId": "r2",
                 "scope": "Mail.Read Calendars.Read", "unknownField": [1, 2]}""");

        Identity client = identity(importFiles(importer, file), "entra-sp:c1");

        assertThat(client.scopes()).containsExactly("User.Read", "Mail.Read", "Calendars.Read");
        assertThat(client.onBehalfOf()).isEqualTo("2 users (each consented for themselves)");
        assertThat(client.privileged()).isNull();
    }

    @Test
    void adminConsentToNarrowScopesIsEveryUserButNotPrivileged() throws IOException {
        Path file = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "AllPrincipals", "principalId": null, "resourceId": "r1",
                 "scope": "User.Read.All Files.ReadWrite"}""", """
                {"id": "g2", "clientId": "c1", "consentType": "Principal", "principalId": "u1", "resourceId": "r1",
                 "scope": "Directory.ReadWrite.All"}""");

        Identity client = identity(importFiles(importer, file), "entra-sp:c1");

        assertThat(client.onBehalfOf()).isEqualTo(Identity.EVERY_USER);
        assertThat(client.privileged()).as("the broad scope was one user's consent only").isNull();
    }

    @Test
    void nullScopeAndBlankScopeGrantNothing() throws IOException {
        Path file = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "AllPrincipals", "resourceId": "r1", "scope": null}""",
                """
                {"id": "g2", "clientId": "c2", "consentType": "AllPrincipals", "resourceId": "r1", "scope": "   "}""");

        Inventory inventory = importFiles(importer, file);

        assertThat(identity(inventory, "entra-sp:c1").scopes()).isEmpty();
        assertThat(identity(inventory, "entra-sp:c2").scopes()).isEmpty();
        assertThat(identity(inventory, "entra-sp:c2").onBehalfOf()).isNull();
    }

    @Test
    void aLastPageWithANextLinkIsWarnedAboutButAnEarlierOneIsNot() throws IOException {
        String grant = "{\"id\": \"g\", \"clientId\": \"c1\", \"consentType\": \"AllPrincipals\", \"resourceId\": "
                + "\"r\", \"scope\": \"User.Read\"}";
        Path whole = write("whole.json", "{\"@odata.nextLink\": \"https://graph.microsoft.com/v1.0/"
                + "oauth2PermissionGrants?$skiptoken=X\", \"value\": [" + grant + "]}\n{\"value\": [" + grant + "]}\n");
        Path cut = write("cut.json", "{\"value\": [" + grant + "]}\n{\"@odata.nextLink\": \"https://graph."
                + "microsoft.com/v1.0/oauth2PermissionGrants?$skiptoken=Y\", \"value\": [" + grant + "]}\n");

        assertThat(importFiles(importer, whole).warnings()).extracting(InputProblem::message)
                .noneMatch(m -> m.contains("later pages"));
        assertThat(importFiles(importer, cut).warnings()).filteredOn(w -> w.message().contains("later pages"))
                .singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("line 2"));
    }

    @Test
    void principalConsentWithoutPrincipalIdIsABadRecord() throws IOException {
        Path file = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "Principal", "principalId": null, "resourceId": "r1",
                 "scope": "User.Read"}""");

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputProblem problem = ((InputException) e).problems().get(0);
                    assertThat(problem.file()).isEqualTo("grants.json");
                    assertThat(problem.location()).isEqualTo("line 3, /value/0/principalId");
                    assertThat(problem.message()).isEqualTo("the grant has no principalId (the user who consented "
                            + "(consentType Principal)).");
                });
    }

    @Test
    void unknownConsentTypeMissingClientAndNonTextScopeAreBadRecords() throws IOException {
        Path consent = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "Everyone", "resourceId": "r1", "scope": "x"}""");
        Path client = grants("""
                {"id": "g1", "consentType": "AllPrincipals", "resourceId": "r1", "scope": "x"}""");
        Path scope = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "AllPrincipals", "resourceId": "r1", "scope": ["x"]}""");

        assertThatThrownBy(() -> importFiles(importer, consent)).hasMessageContaining("/value/0/consentType")
                .hasMessageContaining("found 'Everyone'");
        assertThatThrownBy(() -> importFiles(importer, client)).hasMessageContaining("/value/0/clientId");
        assertThatThrownBy(() -> importFiles(importer, scope)).hasMessageContaining("/value/0/scope")
                .hasMessageContaining("space-separated string");
    }

    @Test
    void withSkipBadRowsTheBadGrantIsListedAndTheRestKept() throws IOException {
        Path file = grants("""
                {"id": "g1", "clientId": "c1", "consentType": "Everyone", "resourceId": "r1", "scope": "x"}""", """
                {"id": "g2", "clientId": "c2", "consentType": "AllPrincipals", "resourceId": "r1", "scope": "y"}""");

        Inventory inventory = importFiles(importer, true, file);

        assertThat(ids(inventory)).containsExactly("entra-sp:c2");
        assertThat(inventory.sources().get(0).skippedRows()).isEqualTo(1);
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getFileName().toString().contains("oauth2PermissionGrants");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }
}
