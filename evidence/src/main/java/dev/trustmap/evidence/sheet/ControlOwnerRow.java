package dev.trustmap.evidence.sheet;

/** One row of the control-owner sheet, as written: who answers for a catalog control, and when it is reviewed. */
public record ControlOwnerRow(String controlId, String owner, String backupOwner, String team, String reviewDue,
        SheetOrigin origin) {
}
