package dev.trustmap.evidence.mcp;

import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class McpConfigImporterTest {

    private static final String DIR = "dev/trustmap/evidence/mcp/";
    private static final Path CLAUDE_DOCS = resource(DIR + "mcp-servers-readme_claude-desktop-config_mcpServers.json");
    private static final Path CURSOR_DOCS = resource(DIR + "github-mcp-server-docs_cursor-mcp-json_remote-inline-pat"
            + ".json");
    private static final Path VSCODE_DOCKER = resource(DIR + "github-mcp-server-readme_vscode-mcp-json_docker-pat"
            + ".json");
    private static final Path VSCODE_HTTP = resource(DIR + "github-mcp-server-readme_vscode-mcp-json_remote-http-pat"
            + ".json");
    private static final Path VSCODE_INPUTS = resource(DIR + "vscode-docs_mcp-configuration_inputs-example.json");
    private static final Path LITERALS = resource(DIR + "claude_desktop_config.json");
    private static final Path SETTINGS = resource(DIR + "vscode-settings.json");

    /** Every literal secret of claude_desktop_config.json. */
    private static final List<String> SECRETS = List.of("Tr0ub4dor-and-3",
            "ghp_sampleSAMPLE0sample1SAMPLE2sample3SAMP", "k7Qp2Zr9Xw4Lm8Nb3Vc6", "sk-sample-9fQ2xL7pR4mW8zK3vN6bT1yH5",
            "jira-sample-token-1", "hunter2");

    private final McpConfigImporter importer = new McpConfigImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Imports as trustmap names a file of the inputs folder: by its path inside the folder. */
    private Inventory importAs(String name, Path file) {
        return ImportAs.run(importer, file, name);
    }

    // --- the public documentation's examples ---

    @Test
    void eachServerIsAnAiLaneToolIdentityOfItsHost() {
        Inventory inventory = importAs("laptops/ana/claude_desktop_config.json", CLAUDE_DOCS);

        String file = "mcp:laptops/ana/claude_desktop_config.json#";
        assertThat(ids(inventory)).containsExactly(file + "filesystem", file + "git", file + "github",
                file + "postgres");
        Identity github = identity(inventory, file + "github");
        assertThat(github.name()).isEqualTo("github");
        assertThat(github.platform()).isEqualTo("mcp");
        assertThat(github.account()).isEqualTo("claude-desktop");
        assertThat(github.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(github.lane()).isEqualTo(Lane.AI);
        assertThat(github.actorClassReason()).startsWith("MCP server of Claude Desktop: ");
        assertThat(github.credentials()).as("<YOUR_TOKEN> is a placeholder").isEmpty();
        assertThat(identity(inventory, file + "postgres").credentials()).as("no password in the URL").isEmpty();
        assertThat(inventory.leaks()).isEmpty();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("/mcpServers/github/env/GITHUB_PERSONAL_ACCESS_TOKEN");
            assertThat(w.message()).startsWith("1 value looks like a placeholder");
        });
    }

    @Test
    void aBearerPlaceholderInCursorsFileIsNoSecret() {
        Inventory inventory = importAs(".cursor/mcp.json", CURSOR_DOCS);

        Identity github = identity(inventory, "mcp:.cursor/mcp.json#github");
        assertThat(github.account()).isEqualTo("cursor");
        assertThat(github.credentials()).isEmpty();
        assertThat(inventory.leaks()).isEmpty();
        assertThat(inventory.warnings()).extracting(InputProblem::location)
                .containsExactly("/mcpServers/github/headers/Authorization");
    }

    @Test
    void vsCodeInputsAndReferencesAreNoSecrets() {
        for (Path sample : List.of(VSCODE_DOCKER, VSCODE_HTTP, VSCODE_INPUTS)) {
            Inventory inventory = importAs("repo/.vscode/mcp.json", sample);

            assertThat(inventory.identities()).as(sample.toString()).singleElement().satisfies(server -> {
                assertThat(server.account()).isEqualTo("vscode");
                assertThat(server.credentials()).isEmpty();
            });
            assertThat(inventory.leaks()).isEmpty();
            assertThat(inventory.warnings()).isEmpty();
        }
        assertThat(ids(importAs("mcp.json", VSCODE_INPUTS))).as("servers is VS Code's form, whatever the name")
                .containsExactly("mcp:mcp.json#perplexity");
    }

    @Test
    void theOlderSettingsWrapperIsRead() {
        Inventory inventory = importAs("settings.json", SETTINGS);

        Identity jira = identity(inventory, "mcp:settings.json#jira");
        assertThat(jira.account()).isEqualTo("vscode");
        assertThat(jira.credentials()).isEmpty();
        assertThat(inventory.leaks()).isEmpty();
    }

    // --- literal secrets ---

    @Test
    void everyLiteralSecretIsACredentialOfItsServerAndAFindingLinkedToIt() {
        Inventory inventory = importAs("claude_desktop_config.json", LITERALS);

        String file = "mcp:claude_desktop_config.json#";
        assertThat(inventory.leaks()).extracting(LeakedSecret::credentialId).containsExactly(
                file + "github/args/5", file + "jira/args/4", file + "notes/env/NOTES_DB_PASSWORD",
                file + "postgres/args/2", file + "search/headers/Authorization", file + "search/url");
        assertThat(inventory.leaks()).allSatisfy(leak -> {
            assertThat(leak.scanner()).isEqualTo("mcp");
            assertThat(leak.detectedAt()).as("a configuration file has no dates").isNull();
            assertThat(leak.identityId()).isEqualTo(leak.credentialId().substring(0, leak.credentialId()
                    .indexOf('/', file.length())));
        });
        Identity github = identity(inventory, file + "github");
        Credential token = credential(github, file + "github/args/5");
        assertThat(token.kind()).as("by its flag's name, --token").isEqualTo(CredentialKind.API_KEY);
        assertThat(token.fingerprint()).isEqualTo(Fingerprints.ofSecret("ghp_sampleSAMPLE0sample1SAMPLE2sample3SAMP"))
                .startsWith("sha256:");
        assertThat(token.leaked()).isTrue();
        assertThat(token.createdAt()).isNull();
        assertThat(token.active()).isNull();
        assertThat(token.origin().location()).isEqualTo("/mcpServers/github/args/5");
        Credential password = credential(identity(inventory, file + "postgres"), file + "postgres/args/2");
        assertThat(password.kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(password.fingerprint()).as("a guessable password gets none without a key").isNull();
        LeakedSecret header = inventory.leaks().stream().filter(l -> l.credentialId().endsWith("Authorization"))
                .findFirst().orElseThrow();
        assertThat(header.rule()).isEqualTo("literal secret in headers");
        assertThat(header.location()).isEqualTo("claude_desktop_config.json /mcpServers/search/headers/Authorization");
        assertThat(header.secretFingerprint()).isEqualTo(Fingerprints.ofSecret("sk-sample-9fQ2xL7pR4mW8zK3vN6bT1yH5"));
        assertThat(credential(identity(inventory, file + "search"), file + "search/url").kind())
                .isEqualTo(CredentialKind.API_KEY);
        assertThat(inventory.warnings()).extracting(InputProblem::location)
                .containsExactly("/mcpServers/notes/args/1");
    }

    @Test
    void noSecretValueIsKept() {
        String kept = everythingKept(importAs("claude_desktop_config.json", LITERALS));

        assertThat(kept).doesNotContain(SECRETS.toArray(String[]::new)).doesNotContain("<YOUR_API_KEY>");
    }

    @Test
    void theRedactedCopyHoldsNoSecretAndImportsToTheSameInventory() throws IOException {
        EvidenceFile original = new EvidenceFile(LITERALS, "claude_desktop_config.json");
        Path copy = dir.resolve("copy.json");
        try (OutputStream out = Files.newOutputStream(copy)) {
            assertThat(importer.redaction(original.head()).copy(original, out).redactedValues()).isEqualTo(6);
        }

        String text = Files.readString(copy);
        assertThat(text).doesNotContain(SECRETS.toArray(String[]::new));
        assertThat(text).contains("postgresql://app:REDACTED@db.internal:5432/app", "\"Bearer REDACTED:sha256:",
                "?api_key=REDACTED:sha256:", "${env:GITHUB_TOKEN}", "<YOUR_API_KEY>", "/run/secrets/notes");
        Inventory fromCopy = importAs("claude_desktop_config.json", copy);
        Inventory fromOriginal = importAs("claude_desktop_config.json", LITERALS);
        assertThat(fromCopy.identities()).isEqualTo(fromOriginal.identities());
        assertThat(fromCopy.leaks()).isEqualTo(fromOriginal.leaks());
    }

    @Test
    void aFileNamedByItsAbsolutePathUnderAHomeFolderGetsAStableId() {
        assertThat(ConfigPath.of("/home/ana/.cursor/mcp.json")).isEqualTo("~/.cursor/mcp.json");
        assertThat(ConfigPath.of("C:\\Users\\ana\\AppData\\Roaming\\Claude\\claude_desktop_config.json"))
                .isEqualTo("~/AppData/Roaming/Claude/claude_desktop_config.json");
        assertThat(ConfigPath.of("./inputs/.mcp.json")).isEqualTo("inputs/.mcp.json");
        assertThat(Host.of("repo/.mcp.json", false)).isEqualTo(Host.CLAUDE_CODE);
        assertThat(Host.of("configs/agent.json", false)).isEqualTo(Host.UNKNOWN);
    }

    @Test
    void namesAndValuesThatAreNoSecret() {
        assertThat(LiteralSecrets.secretName("GITHUB_PERSONAL_ACCESS_TOKEN")).isTrue();
        assertThat(LiteralSecrets.secretName("x-api-key")).isTrue();
        assertThat(LiteralSecrets.secretName("apiKey")).isTrue();
        assertThat(LiteralSecrets.secretName("OPENAI_KEY")).isTrue();
        assertThat(LiteralSecrets.secretName("GOOGLE_APPLICATION_CREDENTIALS_FILE")).isFalse();
        assertThat(LiteralSecrets.secretName("AWS_ACCESS_KEY_ID")).isFalse();
        assertThat(LiteralSecrets.secretName("LOG_LEVEL")).isFalse();
        assertThat(LiteralSecrets.inEnv("API_TOKEN", "${input:api-token}")).isNull();
        assertThat(LiteralSecrets.inEnv("API_TOKEN", "${API_TOKEN}")).isNull();
        assertThat(LiteralSecrets.inEnv("API_TOKEN", "")).isNull();
        assertThat(LiteralSecrets.inEnv("API_TOKEN", "YOUR_API_TOKEN").placeholder()).isTrue();
        assertThat(LiteralSecrets.inArg("--api-key", "${input:key}")).isNull();
        assertThat(LiteralSecrets.inArg(null, "--password=s3cret").kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(LiteralSecrets.inEnv("GITLAB_PAT", "abc").kind()).isEqualTo(CredentialKind.PERSONAL_ACCESS_TOKEN);
    }

    // --- bad input ---

    @Test
    void aServerThatIsNoObjectIsABadRowAndAFileWithoutServersIsRefused() throws IOException {
        Path bad = write("bad/mcp.json", """
                {"mcpServers": {"ok": {"command": "npx"}, "broken": "npx -y server"}}
                """);
        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems().get(0).file()).isEqualTo("mcp.json");
            assertThat(e.problems().get(0).location()).isEqualTo("/mcpServers/broken");
            assertThat(e.problems().get(0).message()).contains("found string");
        });
        assertThat(ids(importFiles(importer, true, bad))).containsExactly("mcp:mcp.json#ok");

        Path none = write("none.json", "{\"mcpServers\": [\"npx\"]}");
        assertThatThrownBy(() -> importFiles(importer, none)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).message()).startsWith("expected an MCP client configuration"));

        Path cut = write("cut.json", "{\"mcpServers\": {\"a\": {\"command\": \"npx\"");
        assertThatThrownBy(() -> importFiles(importer, cut)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).message()).contains("truncated"));
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("mcp");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
            if (own) {
                assertThat(Importers.all().detect(new EvidenceFile(sample)).source()).isEqualTo("mcp");
            }
        }
    }
}
