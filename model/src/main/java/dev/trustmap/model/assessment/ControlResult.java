package dev.trustmap.model.assessment;

/**
 * A control's result.
 *
 * @param population subjects the check looked at
 * @param notAssessed subjects it could not judge for want of evidence
 * @param passRate passed / (population - notAssessed), percent; accepted failures count as failures here
 * @param basis how the status was reached: "automated", "attestation by X on D", "no privilege data", ...
 */
public record ControlResult(String id, ControlStatus status, int population, int passed, int failed, int accepted,
        int notAssessed, double passRate, String basis) {
}
