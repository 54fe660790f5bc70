package dev.trustmap.cli.commands.review;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.review.CollectedResults;
import dev.trustmap.review.ReviewCollect;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustmap review collect}: the returned workbooks read back as evidence. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Read the returned review workbooks (any file names, any order, or CSV exports of their"
                + " Review sheet), check every answer against what was sent, and write next-quarter/ (the updated"
                + " owners workbook, ACT-07 attestations, the decommission list and review-results.json, for the"
                + " next quarter's inputs folder) and status/ (what came back, what is missing, what to correct).")
final class ReviewCollectCommand extends BaseCommand {

    @Option(names = "--campaign", required = true, paramLabel = "DIR",
            description = "The folder 'trustmap review send' wrote.")
    private Path campaign;

    @Option(names = "--returns", required = true, paramLabel = "DIR",
            description = "The folder the returned workbooks were saved into (sub-folders are read too).")
    private Path returns;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new (or empty) folder.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the answers are collected, YYYY-MM-DD (default: today, UTC). Attestations are"
                    + " dated with it; a decommission date before it is refused.")
    private LocalDate asOf;

    @Override
    protected ExitCode execute() {
        LocalDate on = asOf != null ? asOf : LocalDate.now(Clock.systemUTC());
        ReviewCollect.Result result = ReviewCollect.run(new ReviewCollect.Options(campaign, returns, out, on));
        CollectedResults r = result.results();
        ReviewResults.Identities i = r.identities();
        ReviewResults.Answers a = r.answers();
        out().println("campaign " + r.campaign() + " collected on " + r.collectedOn() + ": " + i.answered() + " of "
                + i.sent() + " identities answered, " + i.unanswered() + " unanswered, " + i.rejected()
                + " answers to correct");
        out().println("  answers        keep " + a.keep() + ", transfer " + a.transfer() + ", decommission "
                + a.decommission() + ", not mine " + a.notMine());
        out().println("  workbooks      " + r.workbooks().returned() + " of " + r.workbooks().sent() + " returned ("
                + r.workbooks().partly() + " partly answered), " + r.workbooks().notReturned() + " not returned");
        out().println("  next quarter   " + out.resolve("next-quarter") + " (copy into the next inputs folder; its"
                + " owners.xlsx replaces yours)");
        out().println("  status         " + out.resolve("status/review-status.html"));
        result.problems().stream().limit(10).forEach(p -> err().println("  " + p.asInputProblem().describe()));
        if (result.problems().size() > 10) {
            err().println("  and " + (result.problems().size() - 10) + " more in "
                    + out.resolve("status/problems.csv"));
        }
        return ExitCode.OK;
    }
}
