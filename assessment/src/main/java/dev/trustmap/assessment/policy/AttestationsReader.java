package dev.trustmap.assessment.policy;

import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the attestations file: YAML (a list, or {@code attestations:} with the list under it) or CSV with a header.
 * Every problem is reported at once with its line (and column, in YAML). {@code status} is stored in its canonical
 * form ({@code implemented}, {@code partial}, {@code not_implemented}); {@code Not-Implemented} is read as the last.
 * An {@code identity_id} makes the attestation speak for that one identity under the control; only a control whose
 * check reads such attestations accepts one (ACT-07, an owner's answer in a review).
 */
public final class AttestationsReader {

    /** The keys (YAML) and columns (CSV), in the order the template writes them. */
    public static final List<String> COLUMNS = List.of("control_id", "identity_id", "status", "attested_by",
            "attested_on", "valid_until", "evidence", "notes");

    /** The statuses an attestation may give. */
    public static final List<String> STATUSES = List.of("implemented", "partial", "not_implemented");

    private static final List<String> REQUIRED = List.of("control_id", "status", "attested_by", "attested_on");

    private AttestationsReader() {
    }

    /**
     * True when the head of a file shows it holds attestations: a CSV header with control_id and attested_by, or
     * YAML under {@code attestations:} or whose entries have both. Asked before exceptions, which share control_id.
     */
    public static boolean recognises(FileHead head) {
        return RecordFile.recognises(head, "attestations", List.of("attested_by"));
    }

    /**
     * Reads the attestations in file order.
     *
     * @param file the file as the user named it, for messages and each attestation's {@code source}
     * @param controls the catalog's control ids, to check {@code control_id}
     * @param identityControls the controls that accept an {@code identity_id} (those whose check reads one)
     * @throws InputException with every problem found
     */
    public static List<Attestation> read(String file, byte[] content, CatalogControls controls,
            Set<String> identityControls) {
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(identityControls, "identityControls");
        List<InputProblem> problems = new ArrayList<>();
        RecordFile records = new RecordFile(file, "attestations", COLUMNS, REQUIRED, problems);
        List<Attestation> attestations = new ArrayList<>();
        for (RecordFile.Entry entry : records.read(content)) {
            String controlId = entry.value("control_id");
            if (records.require(entry, "control_id", "Name the control attested, e.g. DLG-02.")
                    && !controls.exists(controlId)) {
                List<String> nearest = controls.nearest(controlId, 3);
                records.problem(entry.where("control_id"), "control_id '" + controlId + "' is not a control in the "
                        + "catalog.", nearest.isEmpty() ? "List the ids with `trustmap catalog controls`."
                        : "Did you mean " + String.join(" or ", nearest) + "?");
            }
            String identityId = entry.value("identity_id");
            if (identityId != null && controlId != null && controls.exists(controlId)
                    && !identityControls.contains(controlId)) {
                records.problem(entry.where("identity_id"), "identity_id '" + identityId + "' is given for "
                        + controlId + ", which is attested as a whole: no check of it reads attestations of one "
                        + "identity.", identityControls.isEmpty() ? "Leave identity_id empty."
                        : "Leave identity_id empty to attest " + controlId + ", or attest "
                                + String.join(" or ", identityControls) + " for the identity.");
            }
            String status = entry.value("status");
            if (records.require(entry, "status", "Write one of " + String.join(", ", STATUSES) + ".")) {
                String canonical = status.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                if (STATUSES.contains(canonical)) {
                    status = canonical;
                } else {
                    records.problem(entry.where("status"), "status '" + status + "' is not one of "
                            + String.join(", ", STATUSES) + ".", Problems.suggest(canonical, STATUSES, null));
                }
            }
            records.require(entry, "attested_by", "Write the email of the person who attests.");
            LocalDate attestedOn = records.date(entry, "attested_on");
            if (entry.value("attested_on") == null) {
                records.require(entry, "attested_on", "Write the date of the attestation as YYYY-MM-DD.");
            }
            LocalDate validUntil = records.date(entry, "valid_until");
            if (attestedOn != null && validUntil != null && validUntil.isBefore(attestedOn)) {
                records.problem(entry.where("valid_until"), "valid_until " + validUntil + " is before attested_on "
                        + attestedOn + ".", "Check both dates.");
            }
            attestations.add(new Attestation(controlId, identityId, status, entry.value("attested_by"), attestedOn,
                    validUntil, entry.value("evidence"), entry.value("notes"), records.source(entry)));
        }
        Problems.throwIfAny(problems);
        return List.copyOf(attestations);
    }
}
