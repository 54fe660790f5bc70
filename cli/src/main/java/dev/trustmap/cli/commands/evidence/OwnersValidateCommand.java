package dev.trustmap.cli.commands.evidence;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FormatOption;
import dev.trustmap.cli.internal.ProblemList;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.evidence.sheet.OwnersValidation;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustmap owners validate FILE}: every problem at once, each with its sheet and cell. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an owners workbook: every problem with its sheet, cell and fix. Exit 0 when clean, 3"
                + " otherwise.")
final class OwnersValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", description = "The owners workbook (XLSX) or one of its sheets as CSV.")
    private Path file;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "An inventory.json; identity ids in the sheet are then checked against it.")
    private Path inventory;

    @Mixin
    private CatalogOption catalogOption;

    @Mixin
    private FormatOption formatOption;

    @Override
    protected ExitCode execute() {
        OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(file));
        List<InputProblem> problems = OwnersValidation.validate(workbook, new CatalogControls(catalogOption.load()),
                knownIdentities());
        ProblemList.write(out(), formatOption.format(), problems, file + " is clean: "
                + workbook.identityOwners().size() + " identity owners, " + workbook.controlOwners().size()
                + " control owners, " + workbook.people().size() + " people.");
        return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private Set<String> knownIdentities() {
        if (inventory == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>(); // the ids only: the identities themselves are not kept
        try (InputStream in = Files.newInputStream(inventory)) {
            InventoryJson.read(inventory.toString(), in, identity -> ids.add(identity.id()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
