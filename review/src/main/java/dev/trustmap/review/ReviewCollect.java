package dev.trustmap.review;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code trustmap review collect}: reads every returned file (any names, any order, workbooks or CSV exports of
 * their Review sheet), matches each row to the row sent by its key, checks each answer, and writes what the next
 * quarter reads ({@code next-quarter/}) and the campaign's status ({@code status/}). A file that cannot be used at
 * all (not a review, another campaign's, unreadable) stops the run before anything is written; an answer that
 * cannot be used is reported with its file, sheet and cell, and the rest are used.
 */
public final class ReviewCollect {

    static final String NEXT_QUARTER = "next-quarter";
    static final String STATUS = "status";

    /**
     * @param asOf the day answers are collected: decommission dates before it are refused; attestations carry it
     * @param owners the owners workbook as it is now, to apply the answers to; null for the one the campaign started
     *     from (a workbook edited since the campaign was sent keeps its edits only when it is given here)
     */
    public record Options(Path campaign, Path returns, Path out, LocalDate asOf, Path owners) {

        public Options(Path campaign, Path returns, Path out, LocalDate asOf) {
            this(campaign, returns, out, asOf, null);
        }
    }

    /** What the collection came to, for the caller to print. */
    public record Result(Campaign campaign, CollectedResults results, List<AnswerProblem> problems, Path out) {
    }

    private ReviewCollect() {
    }

    public static Result run(Options options) {
        CampaignFolder.requireNew(options.out());
        Campaign campaign = Campaign.read(options.campaign());
        Map<String, Campaign.Row> sentByKey = new HashMap<>();
        campaign.rows().forEach(r -> sentByKey.put(r.key(), r));
        Map<String, Campaign.Workbook> workbooks = new LinkedHashMap<>();
        campaign.workbooks().forEach(w -> workbooks.put(w.file(), w));
        long maxRows = campaign.workbooks().stream().mapToLong(Campaign.Workbook::identities).max().orElse(0) + 1000;
        Map<String, Boolean> people = null;
        if (campaign.people() != null) {
            people = new HashMap<>();
            for (Campaign.Person p : campaign.people()) {
                people.put(p.email(), p.active());
            }
        }
        AnswerCheck check = new AnswerCheck(campaign, options.asOf(), people);
        Campaign.Owners owners = options.owners() == null ? campaign.owners()
                : Campaign.Owners.of(OwnersWorkbook.read(new EvidenceFile(options.owners())));

        List<InputProblem> unusable = new ArrayList<>();
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, List<Answer>> answers = new TreeMap<>(); // by row key
        Map<String, List<AnswerProblem>> rowProblems = new LinkedHashMap<>();
        Map<String, Boolean> returnedRows = new HashMap<>(); // key -> answered at all
        Map<String, List<String>> returnedWorkbooks = new TreeMap<>(); // workbook -> files
        for (Path path : files(options.returns())) {
            String name = options.returns().relativize(path).toString().replace('\\', '/');
            List<ReturnedFile.Line> lines;
            try {
                lines = ReturnedFile.read(new EvidenceFile(path, name), maxRows);
            } catch (InputException e) {
                unusable.addAll(e.problems());
                continue;
            }
            String workbook = majorityWorkbook(lines, sentByKey, campaign, name, unusable);
            if (workbook == null) {
                continue;
            }
            returnedWorkbooks.computeIfAbsent(workbook, w -> new ArrayList<>()).add(name);
            for (ReturnedFile.Line line : lines) {
                String key = line.text(ReviewColumns.KEY);
                Campaign.Row sent = sentByKey.get(key);
                if (sent == null) {
                    if (!key.isEmpty() || ReviewColumns.ANSWERS.stream().anyMatch(c -> !line.text(c).isEmpty())) {
                        problems.add(new AnswerProblem(name, line.where(ReviewColumns.KEY), null, workbook,
                                key.isEmpty()
                                ? "has an answer but no row key: a row added by hand is not matched to any identity."
                                : "'" + SecretGuard.text(key) + "' is not a row key of campaign " + campaign.id()
                                        + ".",
                                "Answer in the rows the workbook was sent with, and leave the hidden Row key column"
                                        + " as it is."));
                    }
                    continue;
                }
                if (!sent.workbook().equals(workbook)) {
                    problems.add(new AnswerProblem(name, line.where(ReviewColumns.KEY), sent.identityId(), workbook,
                            "this row was sent in " + sent.workbook() + ", not in this workbook (" + workbook
                                    + "); an answer counts only from the owner it was sent to.",
                            "Send the row back to its owner, or answer transfer in your own rows."));
                    continue;
                }
                AnswerCheck.Outcome outcome = check.check(line, sent, workbooks.get(sent.workbook()), name);
                returnedRows.merge(key, !outcome.unanswered(), Boolean::logicalOr);
                if (outcome.answer() != null) {
                    answers.computeIfAbsent(key, k -> new ArrayList<>()).add(outcome.answer());
                } else {
                    rowProblems.computeIfAbsent(key, k -> new ArrayList<>()).addAll(outcome.problems());
                }
            }
        }
        if (!unusable.isEmpty()) {
            throw new InputException(unusable);
        }
        // a row answered twice counts once when both say the same, and not at all when they disagree
        Map<String, Answer> used = new TreeMap<>();
        for (Map.Entry<String, List<Answer>> entry : answers.entrySet()) {
            List<Answer> given = entry.getValue();
            if (given.stream().allMatch(a -> a.sameAs(given.get(0)))) {
                used.put(entry.getKey(), given.get(0));
                rowProblems.remove(entry.getKey());
            } else {
                Answer first = given.get(0);
                rowProblems.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(new AnswerProblem(
                        first.file(), first.where(), first.row().identityId(), first.row().workbook(),
                        "is answered differently"
                        + " in " + given.stream().map(Answer::source).collect(Collectors.joining(" and ")) + ".",
                        "Keep one answer: remove the other returned copy, or make both say the same."));
            }
        }
        rowProblems.values().forEach(problems::addAll);
        problems.sort(Comparator.comparing(AnswerProblem::file)); // stable: each file's rows stay in reading order
        CollectedResults results = CollectedResults.of(campaign, options.asOf(), used, returnedRows, returnedWorkbooks,
                rowProblems.keySet());
        Path out = options.out();
        CampaignFolder.stage(out, staging -> {
            Path next = Files.createDirectories(staging.resolve(NEXT_QUARTER));
            Path status = Files.createDirectories(staging.resolve(STATUS));
            CollectedFiles.attestations(next.resolve("attestations.csv"), campaign, options.asOf(), used.values());
            CollectedFiles.decommissions(next.resolve("decommissions.csv"), campaign, used.values());
            CollectedFiles.owners(next.resolve("owners.xlsx"), campaign, owners, options.asOf(), used.values());
            results.write(next.resolve(CollectedResults.FILE));
            StatusReport.write(status, campaign, results, used, problems);
            return null;
        });
        return new Result(campaign, results, List.copyOf(problems), out);
    }

    /**
     * The workbook most of a file's keyed rows were sent in; null (with the file listed as unusable) when its keys
     * are another campaign's or none is a key of this one.
     */
    private static String majorityWorkbook(List<ReturnedFile.Line> lines, Map<String, Campaign.Row> sent,
            Campaign campaign, String file, List<InputProblem> unusable) {
        Map<String, Integer> counts = new TreeMap<>();
        String otherCampaign = null;
        for (ReturnedFile.Line line : lines) {
            String key = line.text(ReviewColumns.KEY);
            Campaign.Row row = sent.get(key);
            if (row != null) {
                counts.merge(row.workbook(), 1, Integer::sum);
            } else if (key.contains(".") && !key.startsWith(campaign.id() + ".")) {
                otherCampaign = key.substring(0, key.indexOf('.'));
            }
        }
        if (counts.isEmpty()) {
            unusable.add(new InputProblem(file, "", otherCampaign != null
                    ? "belongs to campaign " + otherCampaign + ", not to " + campaign.id() + "."
                    : "holds no row of campaign " + campaign.id() + ".",
                    "Move it out of the returns folder; collect it with its own campaign."));
            return null;
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The returned files: regular files under the folder, hidden ones and office lock files passed over. */
    private static List<Path> files(Path returns) {
        if (!Files.isDirectory(returns)) {
            throw new InputException(new InputProblem(returns.toString(), "", "is not a folder.",
                    "Pass the folder the returned workbooks were saved into."));
        }
        List<Path> files = new ArrayList<>();
        List<InputProblem> refused = new ArrayList<>();
        try {
            Files.walkFileTree(returns, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(returns) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("~$")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    } else {
                        refused.add(new InputProblem(returns.relativize(file).toString(), "", "is a link or another"
                                + " special file, which trustmap does not follow.", "Copy the file itself in."));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!refused.isEmpty()) {
            throw new InputException(refused);
        }
        files.sort(Comparator.comparing(p -> returns.relativize(p).toString()));
        return files;
    }
}
