package dev.trustmap.cli.internal;

import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@link #call()} validates, executes, and turns a bad input into exit code 3 with
 * every problem printed, one per line, instead of a stack trace.
 */
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            validate();
            return execute().code();
        } catch (InputException e) {
            printProblems(e);
            return ExitCode.BAD_INPUT.code();
        } catch (RuntimeException | Error e) {
            // a try-with-resources that closes on the JVM's one preallocated OutOfMemoryError rethrows it wrapped
            // in an IllegalArgumentException ("Self-suppression not permitted"), with the error as its cause
            if (!outOfMemory(e)) {
                throw e;
            }
            // the heap is a setting, not a bug: say which one, and never exit 1, which means "a gate tripped"
            PrintWriter err = err();
            err.println(outOfMemoryAdvice());
            err.flush();
            return ExitCode.INTERNAL_ERROR.code();
        }
    }

    /**
     * True when running out of memory is the cause, however it surfaced: a class or a service provider that could
     * not be loaded for want of memory arrives as another error with it as the cause.
     */
    public static boolean outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** What to tell the user when the heap ran out. */
    public static String outOfMemoryAdvice() {
        return "trustmap: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap). Nothing"
                + " was written. Give Java more memory and run again, e.g. TRUSTMAP_JAVA_OPTS=-Xmx4g ./trustmap ...";
    }

    /** Checks option combinations; throw {@link picocli.CommandLine.ParameterException} for a usage error. */
    protected void validate() {
    }

    protected abstract ExitCode execute();

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private void printProblems(InputException e) {
        PrintWriter err = err();
        int count = e.problems().size();
        err.println("trustmap: " + count + " problem" + (count == 1 ? "" : "s") + " in the input:");
        for (InputProblem problem : e.problems()) {
            err.println("  " + SecretGuard.problem(problem).describe());
        }
        err.flush();
    }
}
