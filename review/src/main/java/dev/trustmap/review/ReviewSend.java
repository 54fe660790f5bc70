package dev.trustmap.review;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code trustmap review send}: one workbook per owner from an assessed quarter, the campaign that records what
 * was sent, and a CSV of who was sent what. The same quarter and options give the same files, byte for byte.
 */
public final class ReviewSend {

    /** Where the unowned and orphaned identities go. */
    static final String PROGRAMME_FILE = "review-unowned.xlsx";
    static final String WORKBOOKS = "workbooks";
    static final String SUMMARY_CSV = "campaign.csv";
    private static final int DEFAULT_DUE_DAYS = 30;
    /** The most people a workbook offers in the Transfer to drop-down. */
    static final int PEOPLE_LIST_LIMIT = 1000;

    /**
     * @param due the day answers are due; null for 30 days after the quarter's as-of date
     * @param validUntil the last day a confirmation counts; null for the end of the following quarter
     * @param programmeOwners who receive the workbook of unowned and orphaned identities (e-mails)
     * @param ownerFiles owners workbooks or people directories to start from instead of the quarter's own (an
     *     {@code assess} folder holds none)
     */
    public record Options(Path assessment, Path out, Grouping grouping, LocalDate due, LocalDate validUntil,
            List<String> programmeOwners, List<Path> ownerFiles) {

        public Options(Path assessment, Path out, Grouping grouping, LocalDate due, LocalDate validUntil,
                List<String> programmeOwners) {
            this(assessment, out, grouping, due, validUntil, programmeOwners, List.of());
        }
    }

    private ReviewSend() {
    }

    /** Writes the campaign into {@code options.out()}, which must not exist yet or be empty. */
    public static Campaign run(Options options) {
        CampaignFolder.requireNew(options.out());
        return send(AssessedQuarter.read(options.assessment(), options.ownerFiles()), options);
    }

    /** Writes the campaign of a quarter already read; {@code options.assessment()} is not read again. */
    static Campaign send(AssessedQuarter quarter, Options options) {
        CampaignFolder.requireNew(options.out());
        LocalDate asOf = LocalDate.ofInstant(quarter.asOf(), ZoneOffset.UTC);
        LocalDate due = options.due() != null ? options.due() : asOf.plusDays(DEFAULT_DUE_DAYS);
        LocalDate validUntil = options.validUntil() != null ? options.validUntil() : endOfNextQuarter(asOf);
        if (!due.isAfter(asOf)) {
            throw new InputException(new InputProblem("--due", "", "is " + due + ", not after the quarter's as-of"
                    + " date " + asOf + ".", "Give a day owners can still answer by."));
        }
        List<String> programmeOwners = options.programmeOwners().stream().map(ReviewSend::email).sorted().toList();
        List<Campaign.Person> people = people(quarter);
        String id = quarter.period() + "-review-" + hex(digest(quarter.manifestSha256(), options.grouping().key(),
                due.toString(), validUntil.toString(), String.join(",", programmeOwners))).substring(0, 8);
        Campaign header = new Campaign(Campaign.KIND, 1, id, quarter.period(), quarter.asOf().toString(),
                due.toString(), validUntil.toString(), options.grouping().key(),
                new Campaign.Source(quarter.packName(), quarter.manifestSha256()), programmeOwners, people, List.of(),
                List.of(), Campaign.Owners.of(quarter.owners()));
        Set<String> departed = new HashSet<>();
        quarter.directory().stream().filter(p -> p.departed()).forEach(p -> departed.add(email(p.email())));
        String programmeName = "programme owners" + (programmeOwners.isEmpty() ? ""
                : " (" + String.join(", ", programmeOwners) + ")");
        Map<Recipient, List<Subject>> groups = group(quarter.subjects(), options.grouping(), departed, programmeName);
        List<String> active = people == null ? List.of()
                : people.stream().filter(Campaign.Person::active).map(Campaign.Person::email).toList();
        // a drop-down of thousands helps nobody; the address is checked against the directory on collection
        List<String> activePeople = active.size() > PEOPLE_LIST_LIMIT ? List.of() : active;
        return CampaignFolder.stage(options.out(), staging -> {
            Path workbooks = Files.createDirectories(staging.resolve(WORKBOOKS));
            Set<String> files = new HashSet<>();
            List<Callable<Sent>> jobs = new ArrayList<>();
            for (Map.Entry<Recipient, List<Subject>> group : groups.entrySet()) {
                String file = fileName(group.getKey(), files);
                jobs.add(() -> write(header, group.getKey(), file, group.getValue(), options.grouping(),
                        activePeople, workbooks.resolve(file)));
            }
            List<Campaign.Workbook> sent = new ArrayList<>();
            List<Campaign.Row> rows = new ArrayList<>();
            for (Sent done : Workers.all(jobs)) {
                sent.add(done.workbook());
                rows.addAll(done.rows());
            }
            Campaign campaign = new Campaign(Campaign.KIND, 1, id, quarter.period(), quarter.asOf().toString(),
                    due.toString(), validUntil.toString(), options.grouping().key(), header.source(),
                    programmeOwners, people, List.copyOf(sent), List.copyOf(rows), header.owners());
            try (OutputStream out = Files.newOutputStream(staging.resolve(Campaign.FILE))) {
                campaign.write(out);
            }
            CsvFiles.write(staging.resolve(SUMMARY_CSV), List.of("recipient", "file", "programme", "identities",
                    "open_findings", "overdue_findings", "sha256"), sent.stream().map(w -> Arrays.<Object>asList(
                    w.recipient(), WORKBOOKS + "/" + w.file(), w.programme(), w.identities(), w.openFindings(),
                    w.overdueFindings(), w.sha256())).toList());
            return campaign;
        });
    }

    /** A workbook written and the rows it holds. */
    private record Sent(Campaign.Workbook workbook, List<Campaign.Row> rows) {
    }

    private static Sent write(Campaign header, Recipient recipient, String file, List<Subject> subjects,
            Grouping grouping, List<String> people, Path target) throws IOException {
        String id = header.id();
        List<ReviewWorkbook.Line> lines = new ArrayList<>(subjects.size());
        List<Campaign.Row> rows = new ArrayList<>(subjects.size());
        int open = 0;
        int overdue = 0;
        int sheetRow = 2;
        for (Subject subject : subjects) {
            String key = id + "." + hex(digest(id, file, subject.id())).substring(0, 16);
            List<String> facts = ReviewColumns.facts(subject);
            lines.add(new ReviewWorkbook.Line(subject.id(), facts, key, subject.credentials()));
            rows.add(new Campaign.Row(key, file, sheetRow++, subject.id(), facts,
                    recipient.programme() ? null : owner(subject, grouping)));
            open += subject.openFindings();
            overdue += subject.overdueFindings();
        }
        Campaign.Workbook draft = new Campaign.Workbook(file, recipient.name(), recipient.programme(), lines.size(),
                open, overdue, null);
        try (OutputStream out = Files.newOutputStream(target)) {
            ReviewWorkbook.write(new ReviewWorkbook.Content(header, draft, lines, people), out);
        }
        return new Sent(new Campaign.Workbook(file, recipient.name(), recipient.programme(), lines.size(), open,
                overdue, AssessedQuarter.sha256(target)), rows);
    }

    /** Who receives a workbook: an owner, a system, or the programme owners. */
    private record Recipient(String name, boolean programme) implements Comparable<Recipient> {

        @Override
        public int compareTo(Recipient other) {
            // the programme workbook last, the others by name
            int byKind = Boolean.compare(programme, other.programme);
            return byKind != 0 ? byKind : name.compareTo(other.name);
        }
    }

    private static Map<Recipient, List<Subject>> group(List<Subject> subjects, Grouping grouping,
            Set<String> departed, String programmeName) {
        Map<String, String> systemOwners = grouping == Grouping.SYSTEM ? systemOwners(subjects) : Map.of();
        Map<Recipient, List<Subject>> groups = new TreeMap<>();
        for (Subject subject : subjects) {
            String owner = owner(subject, grouping);
            boolean gone = subject.orphaned() || (grouping == Grouping.BUSINESS_OWNER && owner != null
                    && departed.contains(owner));
            Recipient recipient;
            if (owner == null || gone) {
                recipient = new Recipient(programmeName, true);
            } else if (grouping == Grouping.SYSTEM) {
                recipient = new Recipient(owner + " (" + systemOwners.getOrDefault(owner, "no owner") + ")", false);
            } else {
                recipient = new Recipient(owner, false);
            }
            groups.computeIfAbsent(recipient, r -> new ArrayList<>()).add(subject);
        }
        Comparator<Subject> byName = Comparator.comparing((Subject s) -> s.name() == null ? "" : s.name())
                .thenComparing(Subject::id);
        groups.values().forEach(list -> list.sort(byName));
        return groups;
    }

    /** The owner a row is sent to under the grouping: an e-mail in lower case, or a system's name. */
    static String owner(Subject subject, Grouping grouping) {
        String value = switch (grouping) {
            case TECHNICAL_OWNER -> subject.technicalOwner();
            case BUSINESS_OWNER -> subject.businessOwner();
            case SYSTEM -> subject.system();
        };
        if (value == null || value.isBlank()) {
            return null;
        }
        return grouping == Grouping.SYSTEM ? value.strip() : email(value);
    }

    /** Each system's owner: the technical owner of most of its identities (the first by e-mail on a tie). */
    private static Map<String, String> systemOwners(List<Subject> subjects) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Subject s : subjects) {
            String system = owner(s, Grouping.SYSTEM);
            String owner = owner(s, Grouping.TECHNICAL_OWNER);
            if (system != null && owner != null && !s.orphaned()) {
                counts.computeIfAbsent(system, k -> new TreeMap<>()).merge(owner, 1, Integer::sum);
            }
        }
        Map<String, String> owners = new HashMap<>();
        counts.forEach((system, byOwner) -> owners.put(system, byOwner.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder()))).orElseThrow().getKey()));
        return owners;
    }

    /** {@code review-<recipient>.xlsx}, in characters every file system keeps, unique ignoring case. */
    private static String fileName(Recipient recipient, Set<String> taken) {
        String base = recipient.programme() ? PROGRAMME_FILE.replace(".xlsx", "")
                : "review-" + recipient.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._+-]+", "-");
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String name = base + ".xlsx";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".xlsx";
        }
        return name;
    }

    private static List<Campaign.Person> people(AssessedQuarter quarter) {
        if (quarter.directory().isEmpty()) {
            return null;
        }
        Map<String, Boolean> byEmail = new TreeMap<>();
        quarter.directory().forEach(p -> {
            if (p.email() != null && !p.email().isBlank()) {
                byEmail.merge(email(p.email()), !p.departed(), Boolean::logicalAnd);
            }
        });
        return byEmail.entrySet().stream().map(e -> new Campaign.Person(e.getKey(), e.getValue())).toList();
    }

    static String email(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The last day of the quarter after the one {@code day} falls in. */
    static LocalDate endOfNextQuarter(LocalDate day) {
        LocalDate next = day.withDayOfMonth(1).plusMonths(3);
        int lastMonth = ((next.getMonthValue() - 1) / 3) * 3 + 3;
        return next.withMonth(lastMonth).withDayOfMonth(next.withMonth(lastMonth).lengthOfMonth());
    }

    static byte[] digest(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
