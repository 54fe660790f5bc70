package dev.trustmap.evidence.internal;

import dev.trustmap.model.problem.InputProblem;

/** A record that cannot be read; the reader catches it and hands its problem to {@code ImportSink.badRow}. */
public final class BadRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient InputProblem problem;

    public BadRecord(InputProblem problem) {
        super(problem.describe(), null, false, false);
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
