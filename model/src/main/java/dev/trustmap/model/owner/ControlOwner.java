package dev.trustmap.model.owner;

import java.time.LocalDate;

/**
 * Who answers for a catalog control, and when it is next reviewed.
 *
 * @param owner the accountable person; null or blank when the sheet names nobody
 * @param reviewDue the day (UTC) the next review is due; null when not recorded
 */
public record ControlOwner(String controlId, String owner, String backupOwner, String team, LocalDate reviewDue) {
}
