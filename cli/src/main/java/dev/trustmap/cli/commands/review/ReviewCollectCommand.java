package dev.trustmap.cli.commands.review;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.review.AnswerProblem;
import dev.trustmap.review.CollectedResults;
import dev.trustmap.review.ReviewCollect;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustmap review collect}: the returned workbooks read back as evidence. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Read the returned review workbooks (any file names, any order, or CSV exports of their"
                + " Review sheet), check every answer against what was sent, and write next-quarter/ (the updated"
                + " owners workbook, ACT-07 attestations, the decommission list and review-results.json, for the"
                + " next quarter's inputs folder) and status/ (what came back, what is missing, what to correct).")
final class ReviewCollectCommand extends BaseCommand {

    /** Answers to correct printed; problems.csv lists all, with the rows returned unanswered. */
    private static final int SHOWN = 10;

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

    @Option(names = "--owners", paramLabel = "FILE",
            description = "The owners workbook as you keep it now, to apply the transfers and decommission dates to"
                    + " (default: the one the campaign was made from, as it was then).")
    private Path owners;

    @Override
    protected ExitCode execute() {
        LocalDate on = asOf != null ? asOf : LocalDate.now(Clock.systemUTC());
        ReviewCollect.Result result = ReviewCollect.run(new ReviewCollect.Options(campaign, returns, out, on, owners));
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
        out().flush();
        List<AnswerProblem> toCorrect = result.problems().stream().filter(p -> !p.unanswered()).toList();
        toCorrect.stream().limit(SHOWN).forEach(p -> err().println("  " + p.asInputProblem().describe()));
        if (toCorrect.size() > SHOWN) {
            err().println("  and " + (toCorrect.size() - SHOWN) + " more answers to correct in "
                    + out.resolve("status/problems.csv") + ", with the rows left unanswered");
        }
        err().flush();
        return ExitCode.OK;
    }
}
