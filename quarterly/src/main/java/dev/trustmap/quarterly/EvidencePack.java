package dev.trustmap.quarterly;

import dev.trustmap.evidence.InputRedaction;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.pack.PackFolder;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackWriter;
import dev.trustmap.quarterly.InputsFolder.Input;
import dev.trustmap.quarterly.InputsFolder.Kind;
import dev.trustmap.reports.oscal.OscalPoam;
import dev.trustmap.reports.oscal.OscalResults;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pack of a quarterly run: redacted copies of the inputs and the OSCAL results and plan of action and
 * milestones (each made while the reports render), then {@code trustmap-<period>.zip} led by its manifest (and
 * signature, when a key is given), and the same manifest (and signature) in the unpacked folder.
 */
final class EvidencePack {

    static final String SKIPPED = "not a kind of file trustmap recognises; skipped (--ignore-unknown)";

    private EvidencePack() {
    }

    /** The inputs as the pack lists them: those copied (redacted) into it, and those skipped. */
    record StagedInputs(List<PackManifest.InputRecord> records, List<PackManifest.SkippedInput> skipped) {
    }

    /**
     * Copies every recognised input, redacted, under {@code inputs/} of the staged folder. It needs nothing the
     * assessment concludes, so it can run while the reports are rendered.
     */
    static StagedInputs stageInputs(StagedOutput staged, String folder, InputsFolder inputs) throws IOException {
        List<PackManifest.InputRecord> records = new ArrayList<>();
        List<PackManifest.SkippedInput> skipped = new ArrayList<>();
        for (Input input : inputs.all()) {
            if (input.kind() == Kind.UNKNOWN) {
                skipped.add(new PackManifest.SkippedInput(input.name(), input.sha256(), SKIPPED));
                continue;
            }
            String stored = "inputs/" + input.name();
            try (OutputStream out = staged.create(folder + "/" + stored)) {
                InputRedaction.copy(new EvidenceFile(input.path(), input.name()), input.format(), out);
            }
            records.add(PackManifest.InputRecord.stored(input.name(), input.format(), input.sha256(), stored));
        }
        // a link, a pipe or an odd name was never read: listed with why, without a digest
        for (InputsFolder.Refused refused : inputs.refused()) {
            skipped.add(new PackManifest.SkippedInput(refused.name(), null, refused.reason() + "; skipped"
                    + " (--ignore-unknown)"));
        }
        skipped.sort((a, b) -> a.name().compareTo(b.name()));
        return new StagedInputs(records, skipped);
    }

    /** The OSCAL assessment results, under {@code oscal/}; it can run while the reports are rendered. */
    static void oscalResults(StagedOutput staged, String folder, Assessment assessment, Catalog catalog,
            String period, String version) throws IOException {
        try (OutputStream out = staged.create(folder + "/oscal/assessment-results.json")) {
            OscalResults.write(assessment, catalog, period, version, out);
        }
    }

    /** The OSCAL plan of action and milestones, under {@code oscal/}; likewise. */
    static void oscalPoam(StagedOutput staged, String folder, Assessment assessment, Catalog catalog, String period,
            String version) throws IOException {
        Path poam = staged.file(folder + "/oscal/poam.json");
        Files.createDirectories(poam.getParent());
        OscalPoam.write(assessment, catalog, period, version, poam);
    }

    /**
     * @param folder the staged folder the pack is made of ({@code trustmap-<period>}), every report and the OSCAL
     *     documents written; the zip is staged beside it
     * @param inputs what {@link #stageInputs} staged
     */
    static PackManifest write(StagedOutput staged, String folder, StagedInputs inputs, Assessment assessment,
            String period, Optional<PrivateKey> key, String version) throws IOException {
        PackManifest.Header header = new PackManifest.Header(version, period, assessment.asOf(),
                assessment.catalogVersion(), assessment.catalogSha256(), assessment.policy().sha256());
        PackManifest manifest = PackWriter.write(staged.file(folder), header, inputs.records(), inputs.skipped(),
                key, staged.file(header.zipName()));
        // the unpacked folder carries the manifest too, so that it can be verified on its own (as history, say)
        PackFolder.writeManifest(staged.file(folder), manifest, key);
        // and the list of what trustmap wrote there, so that a later run replaces nothing else
        OutputFolder.markWritten(staged.file(folder));
        return manifest;
    }
}
