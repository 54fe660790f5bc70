package dev.trustmap.reports.model;

/** An open finding past its due date, for the board: what, on which identity, who answers for it, how late. */
public record OverdueRow(String id, String control, String controlTitle, String identity, String owner,
        String dueOn, int daysOverdue) {
}
