package dev.trustmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.internal.ExitCode;
import org.junit.jupiter.api.Test;

class TrustmapTest extends CommandTestBase {

    @Test
    void helpListsCommandsAndExitCodes() {
        Run run = trustmap("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: trustmap").contains("catalog").contains("3 bad input");
    }

    @Test
    void versionNamesToolAndCatalog() {
        Run run = trustmap("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("trustmap 0.1.0").contains("catalog 2026.12 (sha256 ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = trustmap("catalog", "frameworks", "--colour");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void badFormatValueIsAUsageError() {
        Run run = trustmap("catalog", "controls", "--format", "yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void runningOutOfMemoryIsSaidSoEvenWhenItArrivesAsAnotherException() {
        // what a renderer's try-with-resources throws when its body and close() both hit the shared OOM error
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        IllegalArgumentException selfSuppressed = new IllegalArgumentException("Self-suppression not permitted",
                shared);
        assertThat(Trustmap.failure(selfSuppressed)).startsWith("trustmap: out of memory (")
                .contains("TRUSTMAP_JAVA_OPTS=-Xmx");
        assertThat(Trustmap.failure(new IllegalStateException("boom")))
                .isEqualTo("trustmap: internal error: java.lang.IllegalStateException: boom");
    }

    @Test
    void exitCodesAreTheDocumentedNumbers() {
        assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3, 4);
    }
}
