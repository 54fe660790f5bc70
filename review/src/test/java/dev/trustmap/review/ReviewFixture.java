package dev.trustmap.review;

import dev.trustmap.evidence.sheet.IdentityOwner;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.evidence.sheet.PersonRow;
import dev.trustmap.model.owner.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small assessed quarter built in memory: two owners (ana with three identities, ben with two), one identity
 * whose owner has left (cleo), one with no owner; a people directory of ana, ben, dan (active) and cleo (departed).
 */
final class ReviewFixture {

    static final String ANA = "ana@example.com";
    static final String BEN = "ben@example.com";
    static final String CLEO = "cleo@example.com";
    static final String DAN = "dan@example.com";
    static final String PROGRAMME = "iam@example.com";
    static final Instant AS_OF = Instant.parse("2026-06-30T23:59:59Z");

    private ReviewFixture() {
    }

    static AssessedQuarter quarter() {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(subject("svc-billing", "billing", ANA, false, 3, 1));
        subjects.add(subject("svc-ledger", "billing", ANA, false, 0, 0));
        subjects.add(subject("=cmd|calc", "billing", ANA, false, 1, 0));
        subjects.add(subject("ci-deploy", "ci", BEN, false, 2, 2));
        subjects.add(subject("ci-report", "ci", BEN, false, 0, 0));
        subjects.add(subject("old-etl", "data", CLEO, true, 4, 4));
        subjects.add(subject("mystery-key", null, null, false, 1, 0));
        List<PersonRow> people = List.of(person(ANA, "active"), person(BEN, "active"), person(DAN, "active"),
                person(CLEO, "departed"));
        List<Person> directory = people.stream().map(p -> new Person(p.email(), p.name(),
                p.status().equals("departed"), null)).toList();
        OwnersWorkbook owners = new OwnersWorkbook(List.of(new IdentityOwner("svc-billing", ANA, DAN, "posts invoices",
                "billing", "prod", null, null, null)), List.of(), people);
        return new AssessedQuarter("2026-Q2", AS_OF, "trustmap-2026-Q2", "ab".repeat(32), subjects, owners,
                directory);
    }

    static Subject subject(String id, String system, String owner, boolean orphaned, int open, int overdue) {
        return new Subject(id, id, "aws", "123456789012", "prod", system, "workload", "runs " + id, owner, DAN,
                orphaned, List.of(new Subject.CredentialFact(id + "-key", "access_key", true, 120, "2026-06-01",
                        null)), open, overdue);
    }

    private static PersonRow person(String email, String status) {
        return new PersonRow(email, email.substring(0, email.indexOf('@')), status, null, null);
    }

    static Campaign send(Path dir) {
        return ReviewSend.send(quarter(), new ReviewSend.Options(dir.resolve("q"), dir.resolve("campaign"),
                Grouping.TECHNICAL_OWNER, LocalDate.parse("2026-07-31"), null, List.of(PROGRAMME)));
    }

    static Campaign.Workbook workbook(Campaign campaign, String recipientStart) {
        return campaign.workbooks().stream().filter(w -> w.recipient().startsWith(recipientStart)).findFirst()
                .orElseThrow();
    }

    /** Returns a workbook of the campaign answered as given (by identity id) into {@code returns}. */
    static Path answer(Path dir, Campaign campaign, String recipientStart, Map<String, TypedAnswer> answers,
            String fileName) throws IOException {
        Path returns = Files.createDirectories(dir.resolve("returns"));
        Path file = returns.resolve(fileName);
        ReturnedWorkbook.answer(dir.resolve("campaign"), campaign, workbook(campaign, recipientStart), answers, file);
        return file;
    }

    static ReviewCollect.Result collect(Path dir, String out) {
        return ReviewCollect.run(new ReviewCollect.Options(dir.resolve("campaign"), dir.resolve("returns"),
                dir.resolve(out), LocalDate.parse("2026-07-20")));
    }

    static TypedAnswer keep(String reason) {
        return new TypedAnswer("keep", null, null, reason);
    }
}
