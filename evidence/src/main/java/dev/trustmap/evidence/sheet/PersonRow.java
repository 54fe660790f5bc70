package dev.trustmap.evidence.sheet;

/** One row of the people directory, as written: an owner's email, and whether they have left. */
public record PersonRow(String email, String name, String status, String departedOn, SheetOrigin origin) {
}
