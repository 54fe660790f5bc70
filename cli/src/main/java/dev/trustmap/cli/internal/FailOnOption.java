package dev.trustmap.cli.internal;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.vocabulary.Severity;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --fail-on SEVERITY}: the run completes, but an open finding at or above the severity exits 1. */
public final class FailOnOption {

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when an open finding of this"
            + " severity or worse exists: ${COMPLETION-CANDIDATES}.")
    private Severity failOn;

    /** {@link ExitCode#GATE_TRIPPED}, saying why on {@code err}, when the gate is set and an open finding trips it. */
    public ExitCode check(List<Finding> findings, PrintWriter err) {
        if (failOn != null && findings.stream()
                .anyMatch(f -> f.status() == FindingStatus.OPEN && f.severity().atLeast(failOn))) {
            err.println("trustmap: open findings at or above " + failOn.key() + " (--fail-on).");
            err.flush();
            return ExitCode.GATE_TRIPPED;
        }
        return ExitCode.OK;
    }
}
