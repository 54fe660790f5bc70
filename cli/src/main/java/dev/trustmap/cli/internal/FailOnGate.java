package dev.trustmap.cli.internal;

import dev.trustmap.cli.ExitCode;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.vocabulary.Severity;
import java.io.PrintWriter;
import java.util.List;

/** {@code --fail-on SEVERITY}: the run completed, but an open finding at or above the severity exits 1. */
public final class FailOnGate {

    private FailOnGate() {
    }

    /** {@link ExitCode#GATE_TRIPPED}, saying why on {@code err}, when the gate is set and an open finding trips it. */
    public static ExitCode check(Severity failOn, List<Finding> findings, PrintWriter err) {
        if (failOn != null && findings.stream()
                .anyMatch(f -> f.status() == FindingStatus.OPEN && f.severity().atLeast(failOn))) {
            err.println("trustmap: open findings at or above " + failOn.key() + " (--fail-on).");
            err.flush();
            return ExitCode.GATE_TRIPPED;
        }
        return ExitCode.OK;
    }
}
