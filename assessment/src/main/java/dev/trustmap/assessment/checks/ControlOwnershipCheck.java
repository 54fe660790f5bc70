package dev.trustmap.assessment.checks;

import dev.trustmap.model.owner.ControlOwner;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * ACT-06, every control has an owner and an up-to-date review. Population: every control of the catalog. Passes
 * when a row of the control-owner sheet with exactly that control id names an owner and a review due on or after
 * the as-of date; otherwise reports "no owner", "no review date" or "review overdue since 2026-06-30 (92 days)".
 */
public final class ControlOwnershipCheck implements Check {

    @Override
    public String controlId() {
        return "ACT-06";
    }

    @Override
    public Judgement start(CheckContext context) {
        // The catalog's controls are the population, not the identities: everything is judged once the walk is over.
        return Populations.afterTheWalk(outcomes -> judgeControls(context, outcomes));
    }

    private static void judgeControls(CheckContext context, Outcomes outcomes) {
        if (context.controlOwners() == null) {
            outcomes.noEvidence("no control-owner sheet");
            return;
        }
        if (context.controlIds() == null || context.controlIds().isEmpty()) {
            outcomes.noEvidence("no catalog controls");
            return;
        }
        // A control listed twice is answered by its first row that names someone.
        Map<String, ControlOwner> rows = new HashMap<>();
        for (ControlOwner row : context.controlOwners()) {
            if (row.controlId() != null && row.owner() != null && !row.owner().isBlank()) {
                rows.putIfAbsent(row.controlId(), row);
            }
        }
        LocalDate today = context.asOf().atZone(ZoneOffset.UTC).toLocalDate();
        for (String id : context.controlIds()) {
            ControlOwner row = rows.get(id);
            if (row == null) {
                outcomes.fail(Subjects.other("control", id, null), "no owner", "1 named owner",
                        "Name an owner for the control in the control-owner sheet.");
                continue;
            }
            String owner = row.owner().strip();
            LocalDate due = row.reviewDue();
            if (due == null) {
                outcomes.fail(Subjects.other("control", id, owner), "no review date", "a review due date",
                        "Agree the next review of the control and record it as review_due.");
            } else if (due.isBefore(today)) {
                long days = ChronoUnit.DAYS.between(due, today);
                outcomes.fail(Subjects.other("control", id, owner),
                        "review overdue since " + due + " (" + days + (days == 1 ? " day)" : " days)"),
                        "0 days overdue",
                        "Review the control, then record the next review date in the control-owner sheet.");
            } else {
                outcomes.pass(Subjects.other("control", id, owner));
            }
        }
    }
}
