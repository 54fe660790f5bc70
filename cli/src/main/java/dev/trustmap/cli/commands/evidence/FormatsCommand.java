package dev.trustmap.cli.commands.evidence;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FormatOption;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.evidence.Importers;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trustmap formats}: the export formats trustmap reads, with their source keys. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the export formats 'trustmap import' reads, detected by content, with their source keys.")
public final class FormatsCommand extends BaseCommand {

    @Mixin
    private FormatOption formatOption;

    record Row(String source, String description) {
    }

    @Override
    protected ExitCode execute() {
        List<Row> rows = Importers.all().list().stream().map(i -> new Row(i.source(), i.describe())).toList();
        new Tabular<Row>()
                .column("source", Row::source)
                .column("description", Row::description)
                .write(out(), formatOption.format(), rows);
        return ExitCode.OK;
    }
}
