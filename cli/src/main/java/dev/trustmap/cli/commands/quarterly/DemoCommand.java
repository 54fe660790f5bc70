package dev.trustmap.cli.commands.quarterly;

import dev.trustmap.cli.ExitCode;
import dev.trustmap.cli.Trustmap;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.PeriodConverter;
import dev.trustmap.evidence.FingerprintKeys;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trustmap demo}: the whole quarterly job on a generated estate. Two consecutive quarters of the same sample
 * estate are run through {@code quarterly}, the second with the first as history (so the board shows a trend) and
 * signed; the signed pack is verified. Every step is the command a user would type, run in-process.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate two quarters of a sample estate, run 'quarterly' on both (the second with the first"
                + " as history, signed), verify the pack, and print where the board PDF, the operator workbook and"
                + " the pack are.")
public final class DemoCommand extends BaseCommand {

    static final String MARKER = ".trustmap-demo";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "trustmap-demo",
            description = "Where everything goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--identities", paramLabel = "N", defaultValue = "3000",
            description = "Identities in the sample estate (default: ${DEFAULT-VALUE}).")
    private int identities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Seed of the sample estate"
            + " (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
    private long seed;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "2026-Q3", converter = PeriodConverter.class,
            description = "The second quarter (default: ${DEFAULT-VALUE}); the first is the one before it.")
    private Quarter second;


    @Override
    protected ExitCode execute() {
        try {
            return run();
        } catch (DemoFailed e) {
            for (ExitCode code : ExitCode.values()) {
                if (code.code() == e.code) {
                    return code;
                }
            }
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private ExitCode run() {
        Quarter first = second.previous();
        Path keys = out.resolve("keys");
        long started = System.nanoTime();
        clear(List.of(inputs(first), inputs(second), results(first), results(second)));
        for (Quarter q : List.of(first, second)) {
            step("sample " + q, "sample", "--identities", Integer.toString(identities), "--seed",
                    Long.toString(seed), "--period", q.toString(), "--out", inputs(q).toString());
        }
        Path fingerprintKey = keys.resolve("trustmap" + FingerprintKeys.EXTENSION);
        if (!Files.exists(keys.resolve("trustmap.key"))) {
            step("signing keys", "keys", "generate", "--out", keys.toString());
        } else if (!Files.exists(fingerprintKey)) {
            try { // keys from a demo older than fingerprint keys: add the one that is missing
                FingerprintKeys.write(FingerprintKeys.generate(), keys, "trustmap");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // both quarters fingerprint secrets under one key, so a leaked key keeps its fingerprint across them
        step("quarterly " + first, "quarterly", "--period", first.toString(), "--inputs", inputs(first).toString(),
                "--out", results(first).toString(), "--fingerprint-key", fingerprintKey.toString());
        String summary = step("quarterly " + second, "quarterly", "--period", second.toString(), "--inputs",
                inputs(second).toString(), "--out", results(second).toString(), "--history",
                results(first).toString(), "--sign-key", keys.resolve("trustmap.key").toString(),
                "--fingerprint-key", fingerprintKey.toString());
        Path pack = results(second).resolve("trustmap-" + second + ".zip");
        step("pack verify", "pack", "verify", pack.toString(), "--public-key", keys.resolve("trustmap.pub").toString());

        Path reports = results(second).resolve("trustmap-" + second).resolve("reports");
        out().println();
        out().println(summary.lines().findFirst().orElse(""));
        out().println("  board PDF      " + reports.resolve("board.pdf"));
        out().println("  board HTML     " + reports.resolve("board.html"));
        out().println("  operator XLSX  " + reports.resolve("operator.xlsx"));
        out().println("  evidence pack  " + pack + " (signed, verified with " + keys.resolve("trustmap.pub") + ")");
        out().println("  inputs         " + inputs(first) + ", " + inputs(second));
        out().println(String.format(Locale.ROOT, "demo done in %.1f s", (System.nanoTime() - started) / 1e9));
        out().flush();
        return ExitCode.OK;
    }

    /**
     * Makes room for a fresh run. A folder the demo wrote before (it leaves a marker) has its estate and results
     * removed, its keys kept; any other folder that is not empty is refused, since the demo deletes nothing of yours.
     */
    private void clear(List<Path> ours) {
        Path marker = out.resolve(MARKER);
        try {
            if (Files.isDirectory(out) && !Files.exists(marker)) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        throw new InputException(new InputProblem(out.toString(), "", "is a folder that holds files"
                                + " the demo did not write.", "Name a new folder with --out; the demo writes its"
                                + " estate, reports and packs there."));
                    }
                }
            }
            for (Path dir : ours) {
                if (Files.exists(dir)) {
                    try (Stream<Path> tree = Files.walk(dir)) {
                        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(out);
            Files.writeString(marker, "Written by 'trustmap demo'; a second demo run replaces this folder's estate"
                    + " and results.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path inputs(Quarter q) {
        return out.resolve("inputs").resolve(q.toString());
    }

    private Path results(Quarter q) {
        return out.resolve(q.toString());
    }

    /** Runs one trustmap command in-process; its output is kept, and shown in full only if it fails. */
    private String step(String label, String... args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        long started = System.nanoTime();
        int code = Trustmap.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
        List<String> command = new ArrayList<>(List.of("trustmap"));
        command.addAll(List.of(args));
        err().println(String.format(Locale.ROOT, "%-20s %s (%.1f s)", label, code == 0 ? "ok" : "FAILED, exit "
                + code, (System.nanoTime() - started) / 1e9));
        err().flush();
        if (code != 0) {
            err().println("  " + String.join(" ", command));
            err().print(stdout);
            err().print(stderr);
            err().flush();
            throw new DemoFailed(code);
        }
        return stdout.toString();
    }

    /** A step failed: the demo stops with that step's exit code. */
    private static final class DemoFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        DemoFailed(int code) {
            super("a demo step exited with " + code);
            this.code = code;
        }
    }
}
