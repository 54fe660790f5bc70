package dev.trustmap.cli.commands.evidence;

import dev.trustmap.cli.internal.AtomicOutput;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.evidence.sheet.OwnersTemplate;
import dev.trustmap.mappings.CatalogControls;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trustmap owners template --out owners.xlsx}. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty owners workbook: Identity owners, Control owners and People sheets, with"
                + " drop-downs for control ids, actor classes and statuses.")
final class OwnersTemplateCommand extends BaseCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The workbook to write (.xlsx).")
    private Path out;

    @Mixin
    private CatalogOption catalogOption;

    @Override
    protected ExitCode execute() {
        List<String> controlIds = new CatalogControls(catalogOption.load()).ids();
        AtomicOutput.write(out, stream -> OwnersTemplate.write(stream, controlIds));
        out().println("wrote " + out + ": sheets Identity owners, Control owners, People.");
        out().flush();
        return ExitCode.OK;
    }
}
