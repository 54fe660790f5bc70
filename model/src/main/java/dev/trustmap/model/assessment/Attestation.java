package dev.trustmap.model.assessment;

import java.time.LocalDate;

/** A person's signed statement that a control is implemented, partly, or not; for controls exports cannot show. */
public record Attestation(String controlId, String status, String attestedBy, LocalDate attestedOn,
        LocalDate validUntil, String evidence, String notes, String source) {
}
