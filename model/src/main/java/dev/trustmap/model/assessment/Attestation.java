package dev.trustmap.model.assessment;

import java.time.LocalDate;

/**
 * A person's signed statement that a control is implemented, partly, or not; for controls exports cannot show.
 *
 * @param identityId null for a statement about the whole control; otherwise the one identity it speaks for under
 *     that control (an owner's answer in a review), read only by a check that judges identities by such statements
 */
public record Attestation(String controlId, String identityId, String status, String attestedBy,
        LocalDate attestedOn, LocalDate validUntil, String evidence, String notes,
        String source) {

    /** True when the attestation speaks for one identity, not for the control as a whole. */
    public boolean identityScoped() {
        return identityId != null;
    }
}
