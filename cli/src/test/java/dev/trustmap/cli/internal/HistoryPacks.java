package dev.trustmap.cli.internal;

import dev.trustmap.assessment.AssessmentJsonReader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.Optional;

/** Earlier quarters as history takes them: the folder 'trustmap assess' wrote, packed as 'quarterly' packs it. */
public final class HistoryPacks {

    private HistoryPacks() {
    }

    /**
     * Stages the assessment as {@code data/assessment.json} in {@code staged} and packs it into {@code zip}.
     *
     * @return the manifest written
     */
    public static PackManifest pack(Path assessmentDir, String period, Optional<PrivateKey> key, Path staged,
            Path zip) throws IOException {
        Path assessmentFile = assessmentDir.resolve("assessment.json");
        Assessment assessment;
        try (InputStream in = Files.newInputStream(assessmentFile)) {
            assessment = AssessmentJsonReader.read(assessmentFile.toString(), in, f -> { });
        }
        Files.createDirectories(staged.resolve("data"));
        Files.copy(assessmentFile, staged.resolve("data/assessment.json"));
        Files.writeString(staged.resolve("METHODOLOGY.md"), "# Methodology\n");
        PackManifest.Header header = new PackManifest.Header("0.1.0", period, assessment.asOf(),
                assessment.catalogVersion(), assessment.catalogSha256(), assessment.policy().sha256());
        return PackWriter.write(staged, header, List.of(), List.of(), key, zip);
    }
}
