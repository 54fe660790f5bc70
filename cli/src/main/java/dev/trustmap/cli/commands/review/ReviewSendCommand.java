package dev.trustmap.cli.commands.review;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.review.Campaign;
import dev.trustmap.review.Grouping;
import dev.trustmap.review.ReviewSend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustmap review send}: a workbook per owner from an assessed quarter. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Write one review workbook per owner (or business owner, or system) from a quarter"
                + " 'trustmap quarterly' assessed, a workbook of the unowned and orphaned identities for the"
                + " programme owners, campaign.json (what was sent, for 'review collect') and campaign.csv (who was"
                + " sent what). The same quarter and options give the same bytes.")
final class ReviewSendCommand extends BaseCommand {

    @Option(names = "--assessment", required = true, paramLabel = "DIR",
            description = "The quarter: the folder 'trustmap quarterly --out' wrote, or the trustmap-PERIOD folder"
                    + " or zip in it (verified against its manifest first), or a folder 'trustmap assess --out'"
                    + " wrote.")
    private Path assessment;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "A new (or empty) folder for the campaign.")
    private Path out;

    @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "technical-owner",
            description = "Whom each identity goes to: technical-owner (default), business-owner or system.")
    private String by;

    @Option(names = "--due", paramLabel = "DATE",
            description = "The day answers are due, YYYY-MM-DD (default: 30 days after the quarter's as-of date).")
    private LocalDate due;

    @Option(names = "--valid-until", paramLabel = "DATE",
            description = "The last day a confirmation counts, YYYY-MM-DD (default: the end of the next quarter).")
    private LocalDate validUntil;

    @Option(names = "--programme-owner", paramLabel = "EMAIL",
            description = "Who receive the workbook of unowned and orphaned identities; repeat for several.")
    private List<String> programmeOwners = new ArrayList<>();

    @Option(names = "--owners", paramLabel = "FILE",
            description = "An owners workbook or people directory to start from instead of the quarter's own;"
                    + " repeat for several. An assess folder holds none: give them here, or transfers are checked"
                    + " as e-mail addresses only.")
    private List<Path> ownerFiles = new ArrayList<>();

    @Override
    protected ExitCode execute() {
        Grouping grouping;
        try {
            grouping = Grouping.of(by.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--by must be technical-owner,"
                    + " business-owner or system, not '" + by + "'.");
        }
        Campaign campaign = ReviewSend.run(new ReviewSend.Options(assessment, out, grouping, due, validUntil,
                programmeOwners, ownerFiles));
        int identities = campaign.rows().size();
        long programme = campaign.workbooks().stream().filter(Campaign.Workbook::programme)
                .mapToInt(Campaign.Workbook::identities).sum();
        out().println("campaign " + campaign.id() + " (" + campaign.period() + ", due " + campaign.due() + "): "
                + identities + " identities in " + campaign.workbooks().size() + " workbooks, by "
                + campaign.groupedBy());
        out().println("  workbooks      " + out.resolve("workbooks"));
        out().println("  unowned        " + programme + " identities for the programme owners"
                + (campaign.programmeOwners().isEmpty() ? " (none named: --programme-owner)"
                        : " (" + String.join(", ", campaign.programmeOwners()) + ")"));
        out().println("  who got what   " + out.resolve("campaign.csv"));
        out().println("  campaign       " + out.resolve("campaign.json") + " (keep it for 'review collect')");
        return ExitCode.OK;
    }
}
