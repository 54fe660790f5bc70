package dev.trustmap.cli.trust;

import static dev.trustmap.cli.trust.FolderAttacksTest.quarterly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is exit 3 with what to do, never exit 1 (a tripped gate) or 4, and never a half-written output: an image
 * that declares a vast size, a logo outside the inputs, a signing key that cannot be read, a JVM out of memory
 * (exit 4, with the setting to change), and import warnings that must reach the user.
 */
class BadInputTest extends CommandTestBase {

    @TempDir
    Path dir;

    /** A real PNG whose header then claims {@code width}×{@code height} pixels, with a valid checksum. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", bytes);
        byte[] png = bytes.toByteArray();
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height); // IHDR data starts after signature (8), length (4), type (4)
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" and its 13 bytes of data
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    @Test
    void aLogoThatDeclaresFortyThousandPixelsSquareIsRefusedWithoutDecodingIt() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Files.write(inputs.resolve("logo.png"), pngClaiming(40_000, 40_000));
        Files.writeString(inputs.resolve("report.yaml"), "organisation: Fixture Ltd\nlogo: logo.png\n");
        Path out = dir.resolve("out");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("report.yaml", "logo", "40000×40000 pixels", "Scale the logo down");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLogoOutsideTheInputsFolderIsRefused() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Files.write(dir.resolve("logo.png"), pngClaiming(64, 64));
        Files.writeString(inputs.resolve("report.yaml"), "organisation: Fixture Ltd\nlogo: ../logo.png\n");

        Run run = quarterly(inputs, dir.resolve("out"));

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("lies outside the inputs folder");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSigningKeyThatCannotBeReadStopsTheRunBeforeAnythingIsRendered() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path key = Files.writeString(dir.resolve("broken.key"), "-----BEGIN PRIVATE KEY-----\nnope\n");
        Path out = dir.resolve("out");

        Run run = quarterly(inputs, out, "--sign-key", key.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("broken.key").doesNotContain("rendering reports");
        assertThat(out).doesNotExist();
    }

    @Test
    void importWarningsReachTheQuarterlyOutputAndTheMethodology() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        // sign-in activity for an application no export lists: kept nowhere, and said so
        Files.writeString(inputs.resolve("sign-ins.json"), """
                {"value": [{"appId": "99999999-0000-0000-0000-000000000009", "id": "x",
                  "lastSignInActivity": {"lastSignInDateTime": "2026-09-01T00:00:00Z"}}]}
                """);
        Path out = dir.resolve("out");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 import warning", "warning: (inventory)", "activity record");
        assertThat(Files.readString(out.resolve("trustmap-2026-Q3/METHODOLOGY.md"))).contains("## Import warnings",
                "activity record");
    }

    @Test
    void runningOutOfMemorySaysWhatToSetAndExitsFourNotOne() throws Exception {
        Path inputs = dir.resolve("estate");
        Quarter period = Quarter.parse("2026-Q3").orElseThrow();
        SampleEstate.write(new SampleSpec(3000, 1, period, new CatalogControls(CatalogLoader.bundled()).ids()),
                EstateOutput.into(inputs));

        ForkedRun.Result run = new ForkedRun(List.of("-Xmx40m"), Map.of()).run(dir.resolve("logs"), "quarterly",
                "--period", "2026-Q3", "--inputs", inputs.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.code()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).contains("out of memory", "TRUSTMAP_JAVA_OPTS=-Xmx").doesNotContain("\tat ");
        assertThat(TrustFixtures.tree(dir.resolve("out"))).as("what the failed run left; stderr:\n" + run.err())
                .isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
