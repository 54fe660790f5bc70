package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.Score;
import dev.trustmap.model.vocabulary.Severity;
import dev.trustmap.reports.model.Decisions;
import dev.trustmap.reports.model.DomainPosture;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences that open the board's first page, built from the figures alone so that nobody has to write them:
 * what was assessed, where the posture stands and what moved most, what is overdue and fixed, what the board is asked
 * to decide.
 */
final class BoardSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private BoardSummary() {
    }

    static List<String> of(Assessment a, Assessment previous, List<DomainPosture> domains, Decisions decisions) {
        List<String> sentences = new ArrayList<>();
        sentences.add(scope(a));
        String posture = posture(domains);
        if (posture != null) {
            sentences.add(posture);
        }
        sentences.add(movement(a, previous));
        String work = work(a.remediation(), decisions);
        if (work != null) {
            sentences.add(work);
        }
        sentences.add(ask(decisions));
        return List.copyOf(sentences);
    }

    private static String scope(Assessment a) {
        var k = a.kpis();
        int nonHuman = k.machineIdentities() + k.aiIdentities();
        return "We assessed " + count(nonHuman, "non-human identity", "non-human identities") + " as of "
                + DAY.format(LocalDate.ofInstant(a.asOf(), ZoneOffset.UTC)) + ": "
                + count(k.machineIdentities(), "machine identity", "machine identities") + " and "
                + count(k.aiIdentities(), "AI agent", "AI agents") + ".";
    }

    /** The weakest assessed domain; null when no domain could be assessed. */
    private static String posture(List<DomainPosture> domains) {
        DomainPosture weakest = null;
        for (DomainPosture d : domains) {
            if (d.score() != null && (weakest == null || d.score() < weakest.score())) {
                weakest = d;
            }
        }
        if (weakest == null) {
            return null;
        }
        return name(weakest.domain()) + " is the weakest domain, at " + Math.round(weakest.score())
                + " out of 100 (" + weakest.rag() + ").";
    }

    /** The domain whose score moved most since the quarter before, or why nothing can be said. */
    private static String movement(Assessment a, Assessment previous) {
        if (previous == null) {
            return "This is the first quarter on record, so no change since an earlier one can be shown.";
        }
        String since = "Since " + Periods.quarterOf(previous.asOf());
        Score moved = null;
        double biggest = 0;
        for (Score now : a.domains()) {
            Score before = previous.domains().stream().filter(s -> s.name().equals(now.name())).findFirst()
                    .orElse(null);
            if (now.score() == null || before == null || before.score() == null) {
                continue;
            }
            double delta = now.score() - before.score();
            if (Math.abs(delta) > Math.abs(biggest)) {
                biggest = delta;
                moved = now;
            }
        }
        if (moved == null || Math.round(Math.abs(biggest) * 10) == 0) {
            return since + ", no domain score has moved.";
        }
        return since + ", the biggest move is " + name(moved.name()) + ", " + (biggest > 0 ? "up " : "down ")
                + String.format(Locale.ROOT, "%.1f", Math.abs(biggest)) + " points to " + Math.round(moved.score())
                + ".";
    }

    /** Overdue criticals, and what was fixed and found since the quarter before; null without the figures. */
    private static String work(Remediation r, Decisions decisions) {
        if (r == null) {
            return null;
        }
        int critical = r.overdueBySeverity().get(Severity.CRITICAL);
        String overdue = critical == 0 ? "No critical finding is overdue"
                : count(critical, "critical finding is", "critical findings are") + " overdue, the oldest by "
                        + count(r.oldestOverdueCriticalDays().intValue(), "day", "days");
        if (r.previousAsOf() == null) {
            return overdue + ".";
        }
        return overdue + "; since last quarter " + count(r.resolved(), "finding was", "findings were")
                + " resolved and " + count(r.newFindings(), "is", "are", "new") + ".";
    }

    private static String ask(Decisions d) {
        List<String> items = new ArrayList<>();
        if (!d.expiringSoon().isEmpty()) {
            items.add(count(d.expiringSoon().size(), "exception", "exceptions") + " expiring within 30 days");
        }
        if (!d.invalid().isEmpty()) {
            items.add(count(d.invalid().size(), "invalid exception", "invalid exceptions")
                    + " that accept nothing");
        }
        if (d.orphaned() > 0) {
            items.add(count(d.orphaned(), "orphaned identity", "orphaned identities") + " waiting for an owner");
        }
        if (d.unanswered() > 0) {
            items.add(count(d.unanswered(), "identity", "identities") + " the owner review left unanswered");
        }
        String press = d.overdueCriticalCount() == 0 ? "" : "to hold the owners of "
                + count(d.overdueCriticalCount(), "overdue critical finding", "overdue critical findings")
                + " to a date";
        if (items.isEmpty()) {
            return press.isEmpty() ? "No decision is needed from the board this quarter."
                    : "The board is asked " + press + ".";
        }
        return "The board is asked to decide on " + join(items) + (press.isEmpty() ? "" : ", and " + press) + ".";
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code 1 finding}, {@code 3,001 findings}. */
    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /** {@code 1 is new}, {@code 40 are new}. */
    private static String count(int n, String one, String many, String what) {
        return count(n, one, many) + " " + what;
    }

    private static String name(String domain) {
        return domain.charAt(0) + domain.substring(1).toLowerCase(Locale.ROOT);
    }
}
