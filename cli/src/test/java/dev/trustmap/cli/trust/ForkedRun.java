package dev.trustmap.cli.trust;

import dev.trustmap.cli.Trustmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code trustmap ARGS} in a JVM of its own, on this test's class path: the way to see what differs between
 * processes (hash seeds, default locale and time zone, heap size) that one JVM cannot show.
 *
 * @param jvm options for the new JVM, e.g. {@code -Duser.language=tr}
 * @param env variables added to its environment, e.g. {@code TZ}
 */
record ForkedRun(List<String> jvm, Map<String, String> env) {

    /** What a forked run printed and how it ended. */
    record Result(int code, String out, String err) {
    }

    Result run(Path scratch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Trustmap.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(scratch);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("trustmap " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
