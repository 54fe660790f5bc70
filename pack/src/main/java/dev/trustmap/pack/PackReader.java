package dev.trustmap.pack;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads what a pack says about itself, without checking it: that is {@link PackVerifier}'s job. */
public final class PackReader {

    /**
     * The manifest of a pack.
     *
     * @param manifest as written in {@code manifest.json}
     * @param signaturePresent whether the archive holds a {@code manifest.sig}
     */
    public record Contents(PackManifest manifest, boolean signaturePresent) {
    }

    private PackReader() {
    }

    /** @throws InputException when the file is not a zip, has no manifest, or the manifest cannot be read */
    public static Contents read(Path zip) {
        String name = zip.getFileName() + "!" + PackManifest.MANIFEST;
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = archive.getEntry(PackManifest.MANIFEST);
            if (entry == null) {
                throw new InputException(new InputProblem(zip.toString(), "", "holds no manifest.json, so it is not"
                        + " a trustmap pack.", "Give the .zip 'trustmap quarterly' wrote."));
            }
            long compressed = Math.min(Math.max(entry.getCompressedSize(), 0), Files.size(zip));
            PackLimits limits = PackLimits.DEFAULT;
            byte[] content;
            try (InputStream in = new InflationBudget(limits).guard(archive.getInputStream(entry), () -> compressed)) {
                content = in.readNBytes((int) limits.maxManifestBytes() + 1);
            }
            if (content.length > limits.maxManifestBytes()) {
                throw new InputException(new InputProblem(name, "", "is larger than " + limits.maxManifestBytes()
                        + " bytes, which no manifest trustmap writes is.", null));
            }
            return new Contents(PackManifestJson.read(content, name),
                    archive.getEntry(PackManifest.SIGNATURE) != null);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(new InputProblem(zip.toString(), "", "cannot be read as a zip archive: "
                    + e.getMessage(), "Check that this is the .zip trustmap wrote and that the copy is complete."));
        }
    }
}
