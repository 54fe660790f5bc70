package dev.trustmap.review;

import java.time.LocalDate;

/**
 * An answer that holds: the row it answers, what it says, and where it was read.
 *
 * @param transferTo the new owner's e-mail, for a transfer
 * @param decommissionOn the day it will be switched off, for a decommission
 * @param file the returned file, as named under the returns folder
 * @param where the answer's cell, e.g. {@code Review!Q5}
 */
record Answer(Campaign.Row row, AnswerKind kind, String transferTo, LocalDate decommissionOn, String reason,
        String answeredBy, String file, String where) {

    /** Where the answer was read: {@code returned/ana.xlsx Review!Q5}. */
    String source() {
        return file + " " + where;
    }

    /** True when two answers to the same row say the same thing. */
    boolean sameAs(Answer other) {
        return kind == other.kind && java.util.Objects.equals(transferTo, other.transferTo)
                && java.util.Objects.equals(decommissionOn, other.decommissionOn);
    }
}
