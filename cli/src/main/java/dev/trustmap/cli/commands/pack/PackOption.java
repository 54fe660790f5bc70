package dev.trustmap.cli.commands.pack;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code PACK} argument of the pack commands. */
final class PackOption {

    @Parameters(paramLabel = "PACK", description = "The evidence pack, trustmap-<period>.zip.")
    private Path pack;

    /** The pack, or a bad input when there is no such file. */
    Path existing() {
        if (!Files.isRegularFile(pack)) {
            throw new InputException(new InputProblem(pack.toString(), "", Files.isDirectory(pack)
                    ? "is a folder, not a pack." : "does not exist.", "Give the .zip that 'trustmap quarterly'"
                    + " wrote."));
        }
        return pack;
    }
}
