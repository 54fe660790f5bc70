package dev.trustmap.cli.commands.pack;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FormatOption;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.PackManifest.SkippedInput;
import dev.trustmap.pack.PackReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trustmap pack show PACK}: what the manifest says, summarised; nothing is verified. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show what an evidence pack's manifest says: period, as-of, versions and digests, files and"
                + " bytes per folder, the inputs with their formats, skipped inputs, and whether it is signed."
                + " Nothing is verified: use 'trustmap pack verify' for that.")
final class PackShowCommand extends BaseCommand {

    @Mixin
    private PackOption packOption;

    @Mixin
    private FormatOption formatOption;

    /** Files and bytes under one top-level folder; the empty string for the files at the root. */
    record Folder(String folder, int files, long bytes) {
    }

    record Catalog(String version, String sha256) {
    }

    /** What {@code --format json} prints; fields in docs/cli-json.md. */
    record ShowView(String pack, String schema, String period, String asOf, String trustmapVersion,
            Catalog catalog, String policySha256, String signature, boolean signaturePresent, int files, long bytes,
            List<Folder> folders, List<InputRecord> inputs, List<SkippedInput> skipped, List<FileRecord> entries) {
    }

    @Override
    protected ExitCode execute() {
        Path pack = packOption.existing();
        PackReader.Contents contents = PackReader.read(pack);
        PackManifest manifest = contents.manifest();
        PackManifest.Header header = manifest.header();
        ShowView view = new ShowView(pack.toString(), manifest.schema(), header.period(), header.asOf().toString(),
                header.trustmapVersion(), new Catalog(header.catalogVersion(), header.catalogSha256()),
                header.policySha256(), manifest.signature(), contents.signaturePresent(), manifest.files().size(),
                manifest.files().stream().mapToLong(FileRecord::size).sum(), folders(manifest.files()),
                manifest.inputs(), manifest.skipped(), manifest.files());
        switch (formatOption.format()) {
            case JSON -> Json.write(out(), view);
            case CSV -> new Tabular<FileRecord>()
                    .column("path", FileRecord::path)
                    .column("size", FileRecord::size)
                    .column("sha256", FileRecord::sha256)
                    .write(out(), formatOption.format(), manifest.files());
            case TABLE -> text(view);
        }
        return ExitCode.OK;
    }

    private static List<Folder> folders(List<FileRecord> files) {
        Map<String, long[]> byFolder = new TreeMap<>();
        for (FileRecord file : files) {
            long[] tally = byFolder.computeIfAbsent(file.folder(), f -> new long[2]);
            tally[0]++;
            tally[1] += file.size();
        }
        return byFolder.entrySet().stream()
                .map(e -> new Folder(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList();
    }

    private void text(ShowView view) {
        PrintWriter out = out();
        out.println("pack       " + view.pack() + " (" + view.schema() + ")");
        out.println("period     " + view.period() + ", as of " + view.asOf());
        out.println("trustmap   " + view.trustmapVersion());
        out.println("catalog    " + view.catalog().version() + ", sha256 " + view.catalog().sha256());
        out.println("policy     sha256 " + view.policySha256());
        out.println("signature  " + signature(view));
        out.println("files      " + view.files() + ", " + view.bytes() + " bytes");
        out.println();
        new Tabular<Folder>()
                .column("folder", f -> f.folder().isEmpty() ? "(root)" : f.folder() + "/")
                .column("files", Folder::files)
                .column("bytes", Folder::bytes)
                .write(out, formatOption.format(), view.folders());
        out.println();
        out.println("inputs (" + view.inputs().size() + "):");
        if (!view.inputs().isEmpty()) {
            new Tabular<InputRecord>()
                    .column("name", InputRecord::name)
                    .column("format", InputRecord::format)
                    .column("sha256", InputRecord::originalSha256, 17)
                    .column("stored as", i -> i.storedPath() == null ? "(not stored)" : i.storedPath())
                    .write(out, formatOption.format(), view.inputs());
        }
        if (!view.skipped().isEmpty()) {
            out.println();
            out.println("skipped inputs (" + view.skipped().size() + "):");
            new Tabular<SkippedInput>()
                    .column("name", SkippedInput::name)
                    .column("sha256", SkippedInput::sha256, 17)
                    .column("reason", SkippedInput::reason)
                    .write(out, formatOption.format(), view.skipped());
        }
        out.println();
        out.println("Nothing above is verified: run 'trustmap pack verify " + view.pack()
                + (view.signaturePresent() ? " --public-key KEY.pub" : "") + "' to check the pack.");
        out.flush();
    }

    private static String signature(ShowView view) {
        boolean claimed = !PackManifest.UNSIGNED.equals(view.signature());
        if (claimed && view.signaturePresent()) {
            return view.signature() + " (manifest.sig)";
        }
        if (claimed) {
            return view.signature() + " claimed by the manifest, but manifest.sig is missing";
        }
        return view.signaturePresent() ? "none claimed by the manifest, but manifest.sig is present"
                : "none: the pack is unsigned";
    }
}
