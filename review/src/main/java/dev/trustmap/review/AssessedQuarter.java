package dev.trustmap.review;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.internal.ZipGuard;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.evidence.sheet.ControlOwnerRow;
import dev.trustmap.evidence.sheet.IdentityOwner;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.evidence.sheet.PersonRow;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.SpreadsheetCell;
import dev.trustmap.pack.PackFolder;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.pack.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A quarter as {@code trustmap quarterly} wrote it (its unpacked folder, the folder holding it, or its zip), verified
 * against its manifest before anything is read: its identities with their credentials and open findings, and the
 * owners workbooks and people directory among its inputs, which the review starts from.
 *
 * @param manifestSha256 the SHA-256 of the pack's manifest: names exactly what the campaign was made from
 * @param owners the rows of the owners workbooks of its inputs that name identity owners (the workbook the review
 *     updates), in input order
 * @param directory the people of every owners workbook and people directory of its inputs
 */
public record AssessedQuarter(String period, Instant asOf, String packName, String manifestSha256,
        List<Subject> subjects, OwnersWorkbook owners, List<Person> directory) {

    static final String IDENTITIES = "data/identities.csv";
    static final String CREDENTIALS = "data/credentials.csv";
    static final String FINDINGS = "data/findings.csv";
    private static final String ASSESS_INVENTORY = "inventory.json";
    private static final String ASSESS_JSON = "assessment.json";
    private static final String ASSESS_FINDINGS = "findings.csv";
    private static final String OWNERS_FORMAT = "owners";
    private static final String HOW = "Pass the folder 'trustmap quarterly --out' wrote (or the trustmap-PERIOD"
            + " folder or zip inside it), or the folder 'trustmap assess --out' wrote.";

    /**
     * Finds and reads the quarter at {@code place}: a quarter {@code quarterly} wrote, verified first, or a folder
     * {@code trustmap assess} wrote (its inventory.json, assessment.json and findings.csv).
     *
     * @param ownerFiles owners workbooks or people directories to use instead of those among a quarter's inputs;
     *     an {@code assess} folder holds none
     */
    public static AssessedQuarter read(Path place, List<Path> ownerFiles) {
        AssessedQuarter quarter = Files.isRegularFile(place.resolve(ASSESS_INVENTORY)) ? assessed(place) : read(place);
        if (ownerFiles.isEmpty()) {
            return quarter;
        }
        List<EvidenceFile> files = ownerFiles.stream().map(EvidenceFile::new).toList();
        Owners owners = owners(files);
        return new AssessedQuarter(quarter.period(), quarter.asOf(), quarter.packName(), quarter.manifestSha256(),
                quarter.subjects(), owners.workbook(), owners.directory());
    }

    /** Finds, verifies and reads the quarter at {@code place}. */
    public static AssessedQuarter read(Path place) {
        Path pack = locate(place);
        if (Files.isDirectory(pack)) {
            return read(pack, PackFolder.verify(pack, Optional.empty()), pack);
        }
        ZipGuard.check(pack, pack.toString());
        Verification verification = PackVerifier.verify(pack, Optional.empty());
        Path unpacked = null;
        try {
            unpacked = Files.createTempDirectory("trustmap-review-");
            extract(pack, verification, unpacked);
            return read(pack, verification, unpacked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            CampaignFolder.deleteTree(unpacked);
        }
    }

    private static AssessedQuarter read(Path pack, Verification verification, Path files) {
        if (!verification.passed()) {
            List<InputProblem> problems = new ArrayList<>();
            problems.add(new InputProblem(pack.toString(), "", "fails verification, so no review is made from it:"
                    + " a fact in it could be made up.", "Pass the quarter as 'trustmap quarterly' wrote it; 'trustmap"
                    + " pack verify' lists every problem."));
            verification.failures().stream().limit(5).forEach(f -> problems.add(new InputProblem(pack.toString(),
                    f.path(), f.message(), null)));
            throw new InputException(problems);
        }
        PackManifest manifest = verification.manifest().orElseThrow();
        // the same name for the folder and its zip, so a campaign made from either is the same campaign
        String name = pack.getFileName().toString().replaceFirst("\\.zip$", "");
        Map<String, int[]> findings = findings(files.resolve(FINDINGS), name, FINDINGS);
        Map<String, List<Subject.CredentialFact>> credentials = credentials(files.resolve(CREDENTIALS), name);
        List<Subject> subjects = subjects(files.resolve(IDENTITIES), name, credentials, findings);
        List<EvidenceFile> ownerFiles = new ArrayList<>();
        for (PackManifest.InputRecord input : manifest.inputs()) {
            if (OWNERS_FORMAT.equals(input.format()) && input.storedPath() != null) {
                ownerFiles.add(new EvidenceFile(files.resolve(input.storedPath()), name + "/" + input.storedPath()));
            }
        }
        Owners owners = owners(ownerFiles);
        return new AssessedQuarter(manifest.header().period(), manifest.header().asOf(), name,
                sha256(files.resolve(PackManifest.MANIFEST)), List.copyOf(subjects), owners.workbook(),
                owners.directory());
    }

    /** The owners workbook rows that name identity owners, and the people of every file. */
    private record Owners(OwnersWorkbook workbook, List<Person> directory) {
    }

    /**
     * The rows of the files that name identity owners (the workbook a review updates), with their control owners
     * and people, and the people of every file (a people directory on its own included).
     */
    private static Owners owners(List<EvidenceFile> files) {
        List<IdentityOwner> identityOwners = new ArrayList<>();
        List<ControlOwnerRow> controlOwners = new ArrayList<>();
        List<PersonRow> people = new ArrayList<>();
        List<Person> directory = new ArrayList<>();
        for (EvidenceFile file : files) {
            OwnersWorkbook workbook = OwnersWorkbook.read(file);
            directory.addAll(workbook.directory());
            if (!workbook.identityOwners().isEmpty()) {
                identityOwners.addAll(workbook.identityOwners());
                controlOwners.addAll(workbook.controlOwners());
                people.addAll(workbook.people());
            }
        }
        return new Owners(new OwnersWorkbook(identityOwners, controlOwners, people), List.copyOf(directory));
    }

    /**
     * A folder {@code trustmap assess} wrote: the inventory it judged, its orphaned identities and as-of instant
     * from assessment.json, its open findings from findings.csv. It names no period: the quarter its as-of instant
     * falls in stands for one.
     */
    private static AssessedQuarter assessed(Path dir) {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        AssessmentHead head = AssessmentHead.read(dir.resolve(ASSESS_JSON));
        Instant asOf = head.asOf();
        Set<String> orphaned = head.orphaned();
        Map<String, int[]> findings = findings(dir.resolve(ASSESS_FINDINGS), name, ASSESS_FINDINGS);
        List<Subject> subjects = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve(ASSESS_INVENTORY))) {
            InventoryJson.read(name + "/" + ASSESS_INVENTORY, in, identity -> {
                int[] counts = findings.getOrDefault(identity.id(), new int[2]);
                subjects.add(new Subject(identity.id(), identity.name(), identity.platform(), identity.account(),
                        identity.environment(), identity.system(), identity.actorClass() == null ? null
                                : identity.actorClass().key(), identity.purpose(), identity.technicalOwner(),
                        identity.businessOwner(), orphaned.contains(identity.id()), identity.credentials().stream()
                                .map(c -> credential(c, asOf)).toList(), counts[0], counts[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AssessedQuarter(Quarter.of(asOf).toString(), asOf, name, head.sha256(),
                List.copyOf(subjects), new OwnersWorkbook(List.of(), List.of(), List.of()), List.of());
    }

    private static Subject.CredentialFact credential(Credential c, Instant asOf) {
        Instant since = c.lastRotatedAt() != null ? c.lastRotatedAt() : c.createdAt();
        // as the operator reports count them: a date that stands for "never" is no expiry
        Instant expiry = CredentialRules.effectiveExpiry(c);
        return new Subject.CredentialFact(c.id(), c.kind() == null ? null : c.kind().key(),
                CredentialRules.active(c), since == null ? null
                        : (int) Duration.between(since, asOf).toDays(), day(c.lastUsedAt()),
                CredentialRules.neverExpires(expiry) ? null : day(expiry));
    }

    private static String day(Instant instant) {
        return instant == null ? null : instant.toString().substring(0, 10);
    }

    /** The pack folder or zip at or directly under {@code place}. */
    static Path locate(Path place) {
        if (Files.isRegularFile(place) && place.getFileName().toString().endsWith(".zip")) {
            return place;
        }
        if (Files.isRegularFile(place.resolve(PackManifest.MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            return place;
        }
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(place)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(place, "trustmap-*")) {
                for (Path entry : entries) {
                    if (Files.isRegularFile(entry.resolve(PackManifest.MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                        found.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new InputException(new InputProblem(place.toString(), "", found.isEmpty()
                ? "is not a quarter trustmap assessed: it holds no manifest.json (nor inventory.json)."
                : "holds " + found.size() + " assessed quarters; a review is made from one.", HOW));
    }

    private static List<Subject> subjects(Path file, String pack, Map<String, List<Subject.CredentialFact>> credentials,
            Map<String, int[]> findings) {
        List<Subject> subjects = new ArrayList<>();
        try (CsvTable table = table(file, pack, IDENTITIES)) {
            table.requireColumns("identities", List.of("id", "name", "platform", "technicalowner", "orphaned"), HOW);
            for (CsvTable.Row row : table) {
                String id = cell(row, "id");
                int[] counts = findings.getOrDefault(id, new int[2]);
                subjects.add(new Subject(id, cell(row, "name"), cell(row, "platform"), cell(row, "account"),
                        cell(row, "environment"), cell(row, "system"), cell(row, "actorClass"), cell(row, "purpose"),
                        cell(row, "technicalOwner"), cell(row, "businessOwner"),
                        "true".equals(row.get("orphaned")), credentials.getOrDefault(id, List.of()), counts[0],
                        counts[1]));
            }
        }
        return subjects;
    }

    private static Map<String, List<Subject.CredentialFact>> credentials(Path file, String pack) {
        Map<String, List<Subject.CredentialFact>> byIdentity = new HashMap<>();
        try (CsvTable table = table(file, pack, CREDENTIALS)) {
            table.requireColumns("credentials", List.of("identity", "id", "kind", "active"), HOW);
            for (CsvTable.Row row : table) {
                String age = row.get("ageDays");
                byIdentity.computeIfAbsent(cell(row, "identity"), k -> new ArrayList<>(2)).add(
                        new Subject.CredentialFact(cell(row, "id"), cell(row, "kind"),
                                // as the checks count it: active unless the export says it is not
                                !"false".equals(row.get("active")),
                                age == null ? null : Integer.valueOf(age), day(row.get("lastUsedAt")),
                                day(row.get("expiresAt"))));
            }
        }
        return byIdentity;
    }

    /** Open findings and overdue ones by identity. */
    private static Map<String, int[]> findings(Path file, String pack, String path) {
        Map<String, int[]> counts = new HashMap<>();
        try (CsvTable table = table(file, pack, path)) {
            table.requireColumns("findings", List.of("identity", "status", "daysoverdue"), HOW);
            for (CsvTable.Row row : table) {
                if (!"open".equals(row.get("status")) || row.get("identity") == null) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(cell(row, "identity"), k -> new int[2]);
                c[0]++;
                String overdue = row.get("daysOverdue");
                if (overdue != null && Integer.parseInt(overdue) > 0) {
                    c[1]++;
                }
            }
        }
        return counts;
    }

    private static CsvTable table(Path file, String pack, String path) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(pack, path, "is missing: the quarter was written without its"
                    + " data tables.", HOW));
        }
        return CsvTable.open(new EvidenceFile(file, pack + "/" + path));
    }

    /** A cell as it was before the CSV writer neutralised it against formulas. */
    static String cell(CsvTable.Row row, String column) {
        return SpreadsheetCell.plain(row.get(column));
    }

    private static String day(String instant) {
        return instant == null || instant.length() < 10 ? null : instant.substring(0, 10);
    }

    /** Copies what a review reads out of a verified zip, each entry checked against the manifest as it is copied. */
    private static void extract(Path zip, Verification verification, Path into) throws IOException {
        if (!verification.passed()) {
            return;
        }
        PackManifest manifest = verification.manifest().orElseThrow();
        List<String> wanted = new ArrayList<>(List.of(PackManifest.MANIFEST, IDENTITIES, CREDENTIALS, FINDINGS));
        manifest.inputs().stream().filter(i -> OWNERS_FORMAT.equals(i.format()) && i.storedPath() != null)
                .forEach(i -> wanted.add(i.storedPath()));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (String path : wanted) {
                ZipEntry entry = file.getEntry(path);
                if (entry == null) {
                    continue;
                }
                Path target = into.resolve(path).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                Optional<PackManifest.FileRecord> record = manifest.file(path);
                if (record.isPresent() && !record.get().sha256().equals(sha256(target))) {
                    throw new InputException(new InputProblem(zip.toString(), path, "changed while it was read.",
                            "Run again on a pack nothing is writing to."));
                }
            }
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
