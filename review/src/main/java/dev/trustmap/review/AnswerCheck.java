package dev.trustmap.review;

import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.text.SpreadsheetCell;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one returned row against the row sent: the facts unchanged, an answer given, and the answer complete
 * (an e-mail of an active person for a transfer, a date not before the collection for a decommission). A formula
 * in an answer cell is never evaluated: the row is refused.
 */
final class AnswerCheck {

    /** What a row came to: an answer, problems, or nothing asked (an unanswered row). */
    record Outcome(Answer answer, List<AnswerProblem> problems, boolean unanswered) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    private final Campaign campaign;
    private final LocalDate collectedOn;
    /** E-mail (lower case) to active, or null when the campaign had no people directory. */
    private final Map<String, Boolean> people;

    AnswerCheck(Campaign campaign, LocalDate collectedOn, Map<String, Boolean> people) {
        this.campaign = campaign;
        this.collectedOn = collectedOn;
        this.people = people;
    }

    Outcome check(ReturnedFile.Line line, Campaign.Row sent, Campaign.Workbook workbook, String fileName) {
        List<AnswerProblem> problems = new ArrayList<>();
        String id = sent.identityId();
        for (int i = 0; i < ReviewColumns.FACTS.size(); i++) {
            String column = ReviewColumns.FACTS.get(i);
            ReturnedFile.Value value = line.get(column);
            String now = value == null || value.text() == null ? "" : plain(value.text());
            String then = sent.facts().get(i);
            if (!now.equals(plain(then)) && !(value == null && line.sheet() == null)) {
                problems.add(problem(line, column, sent, "the fact '" + column + "' was '" + then + "' when sent and"
                        + " is now '" + SecretGuard.text(now) + "'; an answer counts only for the facts it was given"
                        + " on.",
                        "Put the fact back as it was (or send the workbook again untouched) and say in Reason what is"
                        + " wrong with it."));
            }
        }
        for (String column : ReviewColumns.ANSWERS) {
            ReturnedFile.Value value = line.get(column);
            if (value != null && value.formula()) {
                problems.add(problem(line, column, sent, "holds a formula (" + value.text() + "); formulas in answers"
                        + " are never evaluated.", "Type the answer itself."));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems, false);
        }
        String typed = line.text(ReviewColumns.ANSWER);
        String to = line.text(ReviewColumns.TRANSFER_TO);
        String by = line.text(ReviewColumns.DECOMMISSION_BY);
        String reason = line.text(ReviewColumns.REASON);
        if (typed.isEmpty()) {
            boolean partial = !to.isEmpty() || !by.isEmpty() || !reason.isEmpty();
            return new Outcome(null, List.of(problem(line, ReviewColumns.ANSWER, sent, partial
                    ? "has no answer, though the row's other answer cells are filled."
                    : AnswerProblem.NO_ANSWER, "Choose " + String.join(", ", allowed(workbook)) + ".")), !partial);
        }
        Optional<AnswerKind> kind = AnswerKind.of(typed);
        if (kind.isEmpty() || !allowed(workbook).contains(kind.get().word())) {
            return refused(line, ReviewColumns.ANSWER, sent, "'" + typed + "' is not an answer"
                    + (kind.isPresent() ? " for an identity without an owner" : "") + ".",
                    "Choose " + String.join(", ", allowed(workbook)) + ".");
        }
        String where = line.where(ReviewColumns.ANSWER);
        String answeredBy = answeredBy(sent, workbook);
        return switch (kind.get()) {
            case TRANSFER -> transfer(line, sent, to, reason, answeredBy, fileName, where);
            case DECOMMISSION -> decommission(line, sent, by, reason, answeredBy, fileName, where);
            default -> new Outcome(new Answer(sent, kind.get(), null, null, reason, answeredBy, fileName, where),
                    List.of(),
                    false);
        };
    }

    private Outcome transfer(ReturnedFile.Line line, Campaign.Row sent, String to, String reason, String answeredBy,
            String file, String where) {
        if (to.isEmpty()) {
            return refused(line, ReviewColumns.TRANSFER_TO, sent, "is empty, but the answer is transfer.",
                    "Write the new owner's e-mail.");
        }
        String email = ReviewSend.email(to);
        if (!EMAIL.matcher(email).matches()) {
            return refused(line, ReviewColumns.TRANSFER_TO, sent, "'" + to + "' is not an e-mail address.",
                    "Write the new owner's e-mail, e.g. name@example.com.");
        }
        if (people != null && !people.containsKey(email)) {
            return refused(line, ReviewColumns.TRANSFER_TO, sent, "'" + to + "' is not in the people directory.",
                    "Name someone the people directory lists, or add them to it first.");
        }
        if (people != null && !people.get(email)) {
            return refused(line, ReviewColumns.TRANSFER_TO, sent, "'" + to + "' has left, says the people directory.",
                    "Name an owner who is still here.");
        }
        if (email.equals(sent.owner())) {
            return refused(line, ReviewColumns.TRANSFER_TO, sent, "names the owner the identity already has.",
                    "Answer keep instead.");
        }
        return new Outcome(new Answer(sent, AnswerKind.TRANSFER, email, null, reason, answeredBy, file, where),
                List.of(),
                false);
    }

    private Outcome decommission(ReturnedFile.Line line, Campaign.Row sent, String by, String reason,
            String answeredBy, String file, String where) {
        if (by.isEmpty()) {
            return refused(line, ReviewColumns.DECOMMISSION_BY, sent, "is empty, but the answer is decommission.",
                    "Write the date by which it will be switched off, YYYY-MM-DD.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(by);
        } catch (DateTimeParseException e) {
            return refused(line, ReviewColumns.DECOMMISSION_BY, sent, "'" + by + "' is not a date as YYYY-MM-DD.",
                    "Write the date as YYYY-MM-DD, e.g. " + collectedOn.plusDays(30) + ".");
        }
        if (date.isBefore(collectedOn)) {
            return refused(line, ReviewColumns.DECOMMISSION_BY, sent, date + " is in the past (answers were collected"
                    + " on " + collectedOn + ").", "Give the date it will be switched off, on or after "
                    + collectedOn + "; if it is off already, give " + collectedOn + ".");
        }
        return new Outcome(new Answer(sent, AnswerKind.DECOMMISSION, null, date, reason, answeredBy, file, where),
                List.of(), false);
    }

    /** Who answered: the owner the row was sent to, the system's owner, or the programme owners. */
    private String answeredBy(Campaign.Row sent, Campaign.Workbook workbook) {
        if (workbook.programme()) {
            return campaign.programmeOwners().isEmpty() ? "programme owners"
                    : String.join(" ", campaign.programmeOwners());
        }
        if (campaign.grouping() == Grouping.SYSTEM) {
            String technical = sent.facts().get(ReviewColumns.FACTS.indexOf("Technical owner"));
            return technical.isEmpty() ? workbook.recipient() : technical;
        }
        return sent.owner();
    }

    private static List<String> allowed(Campaign.Workbook workbook) {
        return workbook.programme() ? List.of(AnswerKind.TRANSFER.word(), AnswerKind.DECOMMISSION.word())
                : AnswerKind.words();
    }

    private static Outcome refused(ReturnedFile.Line line, String column, Campaign.Row sent, String message,
            String fix) {
        return new Outcome(null, List.of(problem(line, column, sent, message, fix)), false);
    }

    private static AnswerProblem problem(ReturnedFile.Line line, String column, Campaign.Row sent, String message,
            String fix) {
        return new AnswerProblem(line.file(), line.where(column), sent.identityId(), sent.workbook(), message, fix);
    }

    /** A value without the apostrophe that kept it from running as a formula, and without its margins. */
    static String plain(String value) {
        return SpreadsheetCell.plain(value.strip());
    }
}
