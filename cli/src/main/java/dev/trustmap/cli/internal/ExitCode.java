package dev.trustmap.cli.internal;

/** What {@code trustmap} returns to the shell. Scripts and CI gates rely on these numbers; never renumber. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The run completed, but a {@code --fail-on} gate tripped (or lint found problems it was asked to gate on). */
    GATE_TRIPPED(1),
    /** The command line was wrong: unknown option, missing argument. Nothing was read or written. */
    USAGE(2),
    /** An input could not be used: the message names the file, the line or cell, and what to do. */
    BAD_INPUT(3),
    /** trustmap itself failed; please report it with the message. */
    INTERNAL_ERROR(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
