package dev.trustmap.review;

import dev.trustmap.model.problem.InputProblem;

/**
 * An answer that could not be used, or a row left unanswered: where it is, for which identity, what is wrong, and
 * what the owner should do.
 *
 * @param identityId the identity the row is about; null when the row could not be matched to one
 * @param workbook the workbook the row was sent in; null when unknown
 */
public record AnswerProblem(String file, String where, String identityId, String workbook, String message, String fix) {

    /** The message of a row returned with nothing in its answer cells: listed, but not an answer to correct. */
    static final String NO_ANSWER = "has no answer.";

    /** True when the row was returned unanswered, as opposed to answered in a way that cannot be used. */
    public boolean unanswered() {
        return NO_ANSWER.equals(message);
    }

    public InputProblem asInputProblem() {
        return new InputProblem(file, where, message, fix);
    }
}
