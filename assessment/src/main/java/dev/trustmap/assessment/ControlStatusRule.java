package dev.trustmap.assessment;

import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;

/**
 * How a control's status follows from its counts or its attestation (docs/methodology.md):
 * automated: not assessed without evidence; met with no open failure; partial when the pass rate reaches the
 * policy's threshold; not met otherwise. Attested: the newest attestation, a stale one counting as not met.
 */
final class ControlStatusRule {

    private ControlStatusRule() {
    }

    static ControlResult automated(String id, int passed, int open, int accepted, int notAssessed, String noEvidence,
            int partialThreshold) {
        int population = passed + open + accepted + notAssessed;
        int assessable = population - notAssessed;
        double passRate = assessable == 0 ? 0.0 : round(100.0 * passed / assessable);
        ControlStatus status;
        String basis;
        if (noEvidence != null) {
            status = ControlStatus.NOT_ASSESSED;
            basis = noEvidence;
        } else if (population > 0 && assessable == 0) {
            status = ControlStatus.NOT_ASSESSED;
            basis = "no member of the population could be judged";
        } else if (open == 0) {
            status = ControlStatus.MET;
            basis = population == 0 ? "automated: nothing in scope" : "automated";
        } else {
            status = passRate >= partialThreshold ? ControlStatus.PARTIAL : ControlStatus.NOT_MET;
            basis = "automated";
        }
        return new ControlResult(id, status, population, passed, open, accepted, notAssessed,
                assessable == 0 && noEvidence == null && population == 0 ? 100.0 : passRate, basis);
    }

    static ControlResult attested(String id, AppliedAttestation applied) {
        if (applied == null) {
            return new ControlResult(id, ControlStatus.NOT_ASSESSED, 0, 0, 0, 0, 0, 0.0, "no attestation");
        }
        var a = applied.attestation();
        String by = "attested by " + a.attestedBy() + " on " + a.attestedOn();
        if (applied.stale()) {
            return new ControlResult(id, ControlStatus.NOT_MET, 0, 0, 0, 0, 0, 0.0,
                    by + "; stale since " + a.validUntil());
        }
        ControlStatus status = switch (a.status()) {
            case "implemented" -> ControlStatus.MET;
            case "partial" -> ControlStatus.PARTIAL;
            default -> ControlStatus.NOT_MET;
        };
        return new ControlResult(id, status, 0, 0, 0, 0, 0, passRate(status), by);
    }

    /** Both halves of an automated+attestation control: the worse wins; one missing half caps it at partial. */
    static ControlResult combined(ControlResult automated, ControlResult attested) {
        ControlStatus a = automated.status();
        ControlStatus b = attested.status();
        ControlStatus status;
        if (a == ControlStatus.NOT_MET || b == ControlStatus.NOT_MET) {
            status = ControlStatus.NOT_MET;
        } else if (a == ControlStatus.MET && b == ControlStatus.MET) {
            status = ControlStatus.MET;
        } else if (a == ControlStatus.NOT_ASSESSED && b == ControlStatus.NOT_ASSESSED) {
            status = ControlStatus.NOT_ASSESSED;
        } else {
            status = ControlStatus.PARTIAL;
        }
        double rate = attested.status() == ControlStatus.NOT_ASSESSED ? automated.passRate()
                : automated.status() == ControlStatus.NOT_ASSESSED ? attested.passRate()
                : round((automated.passRate() + attested.passRate()) / 2);
        return new ControlResult(automated.id(), status, automated.population(), automated.passed(),
                automated.failed(), automated.accepted(), automated.notAssessed(), rate,
                automated.basis() + "; " + attested.basis());
    }

    /** The pass rate an attested status stands for in scores: met 100, partial 50, not met 0. */
    static double passRate(ControlStatus status) {
        return switch (status) {
            case MET -> 100.0;
            case PARTIAL -> 50.0;
            default -> 0.0;
        };
    }

    static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
