package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.ToolCheck;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolChecksTest {

    @TempDir
    Path overlay;

    @Test
    void bundledProwlerChecksMapToTheControlsTheirResultsSpeakTo() {
        Catalog catalog = CatalogLoader.bundled();

        assertThat(catalog.controlsOf("prowler", "iam_rotate_access_key_90_days")).containsExactly("LFC-01");
        assertThat(catalog.controlsOf("prowler", "iam_user_accesskey_unused")).containsExactly("RVK-01");
        assertThat(catalog.controlsOf("prowler", "iam_user_two_active_access_key")).containsExactly("LFC-05");
        assertThat(catalog.controlsOf("prowler", "secretsmanager_secret_rotated_periodically"))
                .containsExactly("LFC-01");
        assertThat(catalog.controlsOf("prowler", "bedrock_api_key_no_long_term_credentials"))
                .containsExactly("LFC-02", "LFC-03");
        assertThat(catalog.controlsOf("prowler", "entra_app_registration_credential_not_expired"))
                .containsExactly("LFC-02");
        assertThat(catalog.controlsOf("prowler", "iam_sa_user_managed_key_unused")).containsExactly("RVK-01");
        assertThat(catalog.controlsOf("prowler", "iam_sa_user_managed_key_rotate_90_days")).containsExactly("LFC-01");
        assertThat(catalog.controlsOf("prowler", "iam_service_account_unused")).containsExactly("RVK-01");
        assertThat(catalog.controlsOf("prowler", "s3_bucket_public_access")).isEmpty();
        assertThat(catalog.toolChecks()).allSatisfy(check -> {
            assertThat(check.rationale()).isNotBlank();
            assertThat(check.source().file()).isEqualTo("(bundled) tool-checks/prowler.yaml");
        });
    }

    @Test
    void anOverlayEntryReplacesTheBundledOneAndAddsNewChecks() throws IOException {
        Files.writeString(overlay.resolve("prowler-ours.yaml"), """
                kind: tool-checks
                tool: prowler
                checks:
                  - check: iam_rotate_access_key_90_days
                    controls: [LFC-01, LFC-05]
                    rationale: Our policy also reads a stale key as a second key in waiting.
                  - check: iam_user_mfa_enabled_console_access
                    controls: [AXS-03]
                    rationale: Console access on an NHI is interactive human use.
                """);

        Catalog catalog = CatalogLoader.load(overlay);

        assertThat(catalog.controlsOf("prowler", "iam_rotate_access_key_90_days")).containsExactly("LFC-01", "LFC-05");
        assertThat(catalog.controlsOf("prowler", "iam_user_mfa_enabled_console_access")).containsExactly("AXS-03");
        assertThat(catalog.controlsOf("prowler", "iam_user_accesskey_unused")).containsExactly("RVK-01");
        assertThat(catalog.toolChecks()).extracting(ToolCheck::check).doesNotHaveDuplicates();
    }

    @Test
    void aCheckMappedToAControlThatDoesNotExistIsAClearErrorWithTheNearestIds() throws IOException {
        Files.writeString(overlay.resolve("typo.yaml"), """
                kind: tool-checks
                tool: prowler
                checks:
                  - check: iam_rotate_access_key_90_days
                    controls: [LFC-1]
                    rationale: A typo.
                """);

        assertThatThrownBy(() -> CatalogLoader.load(overlay)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(InputProblem::message)
                        .contains("the prowler check 'iam_rotate_access_key_90_days' is mapped to control 'LFC-1', "
                                + "which does not exist."));
        List<InputProblem> problems = CatalogLoader.read(overlay).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("typo.yaml");
            assertThat(p.location()).isEqualTo("line 4, column 5");
            assertThat(p.fix()).startsWith("Use an existing control id (LFC-01");
        });
    }

    @Test
    void theSameCheckTwiceInOneLayerIsReported() throws IOException {
        String entry = """
                  - check: iam_user_accesskey_unused
                    controls: [RVK-01]
                    rationale: Unused.
                """;
        Files.writeString(overlay.resolve("twice.yaml"), "kind: tool-checks\ntool: prowler\nchecks:\n" + entry + entry);

        assertThat(CatalogLoader.read(overlay).problems()).extracting(InputProblem::message).containsExactly(
                "the prowler check 'iam_user_accesskey_unused' is mapped again; it is already mapped at "
                        + overlay.resolve("twice.yaml") + ":4:5.");
    }
}
