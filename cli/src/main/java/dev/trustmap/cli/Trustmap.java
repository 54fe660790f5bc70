package dev.trustmap.cli;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.TrustmapCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import picocli.CommandLine;

/** The entry point. {@link #run} is what tests call: it never exits the JVM. */
public final class Trustmap {

    private Trustmap() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
        } catch (Throwable e) { // the last line of defence: an uncaught error would exit 1, "a gate tripped"
            err.println(failure(e));
            code = ExitCode.INTERNAL_ERROR.code();
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Every output is English and UTC by design, but libraries read the JVM's defaults behind our back: OpenPDF
     * writes a PDF's cross-reference offsets with the default locale's digits (Arabic-Indic under ar-EG, which
     * breaks the file), POI tags chart text with it. Pinning the defaults for the process keeps a run's bytes the
     * same whatever the machine's locale and time zone.
     */
    static void pinDefaults() {
        Locale.setDefault(Locale.ROOT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    /**
     * What to print for a failure no command handled. Running out of memory can arrive as a runtime exception: a
     * try-with-resources whose body and {@code close()} both ran out is thrown the JVM's one preallocated
     * {@link OutOfMemoryError} twice, and adding it to itself as suppressed throws {@code IllegalArgumentException:
     * Self-suppression not permitted}, with the error as its cause. It is still a heap to enlarge, not a bug.
     */
    static String failure(Throwable e) {
        return BaseCommand.outOfMemory(e) ? BaseCommand.outOfMemoryAdvice() : "trustmap: internal error: " + e;
    }

    /** Runs one command line against the given writers and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        pinDefaults();
        CommandLine commandLine = new CommandLine(new TrustmapCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    cmd.getErr().println(failure(e));
                    return ExitCode.INTERNAL_ERROR.code();
                });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL_ERROR.code());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
