package dev.trustmap.cli.commands.quarterly;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.PeriodConverter;
import dev.trustmap.cli.internal.VersionProvider;
import dev.trustmap.evidence.redact.FingerprintKeys;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.pack.Verification;
import dev.trustmap.quarterly.QuarterlyRun;
import dev.trustmap.quarterly.StagedOutput;
import dev.trustmap.review.Campaign;
import dev.trustmap.review.CollectedResults;
import dev.trustmap.review.Grouping;
import dev.trustmap.review.ReturnedWorkbook;
import dev.trustmap.review.ReviewCollect;
import dev.trustmap.review.ReviewSend;
import dev.trustmap.review.TypedAnswer;
import dev.trustmap.sample.ReviewAnswers;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import dev.trustmap.sample.SampleSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trustmap demo}: the whole quarterly job on a generated estate. Two consecutive quarters of the same sample
 * estate are run through {@link QuarterlyRun}, the second with the first as history (so the board shows a trend) and
 * signed; the signed pack is verified. Each step is the library call the matching command makes.
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
        Quarter first = second.previous();
        Path keys = out.resolve("keys");
        long started = System.nanoTime();
        clear(List.of(inputs(first), inputs(second), results(first), results(second), review(first)));
        Catalog catalog = CatalogLoader.bundled();
        List<String> controls = new CatalogControls(catalog).ids();
        String domain = "";
        for (Quarter q : List.of(first, second)) {
            domain = step("sample " + q, () -> sample(q, controls)).mailDomain();
        }
        Path fingerprintKey = keys.resolve("trustmap" + FingerprintKeys.EXTENSION);
        if (!Files.exists(keys.resolve("trustmap.key"))) {
            step("signing keys", () -> keys(keys));
        } else if (!Files.exists(fingerprintKey)) {
            // keys from a demo older than fingerprint keys: add the one that is missing
            io(() -> FingerprintKeys.write(FingerprintKeys.generate(), keys, "trustmap"));
        }
        // both quarters fingerprint secrets under one key, so a leaked key keeps its fingerprint across them
        byte[] secrets = FingerprintKeys.read(fingerprintKey);
        QuarterlyRun.Listener quiet = new QuarterlyRun.Listener() { };
        step("quarterly " + first, () -> QuarterlyRun.run(new QuarterlyRun.Options(first, null, inputs(first),
                results(first), List.of(), Optional.empty(), Optional.empty(), secrets, false, catalog,
                VersionProvider.version()), quiet));
        CollectedResults review = ownerReview(first, second, "iam-programme@" + domain);
        QuarterlyRun.Result result = step("quarterly " + second, () -> QuarterlyRun.run(new QuarterlyRun.Options(
                second, null, inputs(second), results(second), List.of(results(first)), Optional.empty(),
                QuarterlyRun.signKey(keys.resolve("trustmap.key")), secrets, false, catalog,
                VersionProvider.version()), quiet));
        Path publicKey = keys.resolve("trustmap.pub");
        Verification verification = step("pack verify", () -> PackVerifier.verify(result.pack(),
                Optional.of(SigningKeys.readPublic(publicKey))));
        if (!verification.passed()) {
            verification.failures().forEach(f -> err().println("  FAIL " + f.describe()));
            err().flush();
            return ExitCode.GATE_TRIPPED;
        }

        out().println();
        out().println(result.summary());
        out().println("  board PDF      " + result.report("board.pdf"));
        out().println("  board HTML     " + result.report("board.html"));
        out().println("  operator XLSX  " + result.report("operator.xlsx"));
        out().println("  evidence pack  " + result.pack() + " (signed, verified with " + publicKey + ")");
        out().println("  owner review   " + review(first).resolve("collected/status/review-status.html") + " ("
                + review.identities().answered() + " of " + review.identities().sent() + " identities answered)");
        out().println("  inputs         " + inputs(first) + ", " + inputs(second));
        out().println(String.format(Locale.ROOT, "demo done in %.1f s", (System.nanoTime() - started) / 1e9));
        out().flush();
        return ExitCode.OK;
    }

    /**
     * The owner review between the two quarters: a campaign sent from the first, the sample's owners answering
     * (most return their workbook), the answers collected five days before they are due onto the owners workbook
     * the next quarter keeps, and what it reads copied into its inputs: that workbook updated, the attestations, the
     * decommission list and the results.
     */
    private CollectedResults ownerReview(Quarter first, Quarter second, String programmeOwner) {
        Path folder = review(first);
        Campaign campaign = step("review send " + first, () -> ReviewSend.run(new ReviewSend.Options(
                results(first), folder.resolve("campaign"), Grouping.TECHNICAL_OWNER, null, null,
                List.of(programmeOwner))));
        LocalDate collectedOn = LocalDate.parse(campaign.due()).minusDays(5);
        step("owners answer", () -> io(() -> {
            ReviewAnswers owners = new ReviewAnswers(seed, campaign.people().stream().filter(Campaign.Person::active)
                    .map(Campaign.Person::email).toList(), collectedOn);
            Path returned = Files.createDirectories(folder.resolve("returned"));
            Map<String, List<Campaign.Row>> rows = new HashMap<>();
            campaign.rows().forEach(r -> rows.computeIfAbsent(r.workbook(), w -> new ArrayList<>()).add(r));
            for (Campaign.Workbook workbook : campaign.workbooks()) {
                if (owners.returns(workbook.file())) {
                    Map<String, TypedAnswer> answers = new HashMap<>();
                    for (Campaign.Row row : rows.get(workbook.file())) {
                        owners.answer(workbook.file(), row.identityId(), workbook.programme(), row.owner())
                                .ifPresent(t -> answers.put(row.identityId(), new TypedAnswer(t.answer(),
                                        t.transferTo(), t.decommissionBy(), t.reason())));
                    }
                    ReturnedWorkbook.answer(folder.resolve("campaign"), campaign, workbook, answers,
                            returned.resolve(workbook.file()));
                }
            }
            return returned;
        }));
        // the answers go onto the owners workbook as it is kept when they come back: the next quarter's
        Path owners = inputs(second).resolve("evidence/owners.xlsx");
        ReviewCollect.Result collected = step("review collect", () -> ReviewCollect.run(new ReviewCollect.Options(
                folder.resolve("campaign"), folder.resolve("returned"), folder.resolve("collected"), collectedOn,
                owners)));
        io(() -> {
            Path results = folder.resolve("collected").resolve("next-quarter");
            Files.copy(results.resolve("owners.xlsx"), owners, StandardCopyOption.REPLACE_EXISTING);
            Path into = Files.createDirectories(inputs(second).resolve("review"));
            for (String file : List.of("attestations.csv", "decommissions.csv", "review-results.json")) {
                Files.copy(results.resolve(file), into.resolve(file));
            }
            return into;
        });
        return collected.results();
    }

    /** One quarter of the sample estate, written as {@code trustmap sample} writes it. */
    private SampleSummary sample(Quarter quarter, List<String> controls) {
        try (StagedOutput staged = new StagedOutput(inputs(quarter))) {
            SampleSummary summary = SampleEstate.write(new SampleSpec(identities, seed, quarter, controls),
                    staged::create);
            staged.commit();
            return summary;
        }
    }

    /** A signing key pair and a fingerprint key, as {@code trustmap keys generate} writes them. */
    private static Path keys(Path folder) {
        io(() -> {
            Files.createDirectories(folder);
            SigningKeys.write(SigningKeys.generate(), folder, "trustmap");
            return FingerprintKeys.write(FingerprintKeys.generate(), folder, "trustmap");
        });
        return folder;
    }

    private interface IoStep<T> {
        T get() throws IOException;
    }

    private static <T> T io(IoStep<T> step) {
        try {
            return step.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one step, then prints its line: its name, ok or FAILED, how long it took. */
    private <T> T step(String label, Supplier<T> work) {
        long started = System.nanoTime();
        boolean ok = false;
        try {
            T result = work.get();
            ok = true;
            return result;
        } finally {
            err().println(String.format(Locale.ROOT, "%-20s %s (%.1f s)", label, ok ? "ok" : "FAILED",
                    (System.nanoTime() - started) / 1e9));
            err().flush();
        }
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

    private Path review(Quarter q) {
        return out.resolve("review-" + q);
    }

    private Path results(Quarter q) {
        return out.resolve(q.toString());
    }
}
