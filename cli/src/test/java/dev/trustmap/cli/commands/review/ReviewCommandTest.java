package dev.trustmap.cli.commands.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.review.Campaign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest extends CommandTestBase {

    private static final String ESTATE = Path.of("..", "examples", "estate").toString();

    @TempDir
    Path dir;

    @Test
    void aCampaignIsMadeFromTheFolderAssessWrote() throws IOException {
        Run assess = trustmap("assess", ESTATE, "--ignore-unknown", "--as-of", "2026-09-30", "--out",
                dir.resolve("a").toString());
        assertThat(assess.code()).as(assess.err()).isZero();
        Run send = trustmap("review", "send", "--assessment", dir.resolve("a").toString(), "--out",
                dir.resolve("c").toString(), "--due", "2026-10-31", "--programme-owner", "iam@example.com");
        assertThat(send.code()).as(send.err()).isZero();
        Campaign campaign = Campaign.read(dir.resolve("c"));
        assertThat(campaign.period()).isEqualTo("2026-Q3");
        assertThat(campaign.asOf()).isEqualTo("2026-09-30T23:59:59Z");
        assertThat(campaign.validUntil()).isEqualTo("2026-12-31");
        assertThat(send.out()).startsWith("campaign " + campaign.id() + " (2026-Q3, due 2026-10-31): "
                + campaign.rows().size() + " identities in " + campaign.workbooks().size() + " workbooks");
        // an identity the estate names: the leaked agent key's identity, with its owner and findings
        Campaign.Row agent = campaign.rows().stream().filter(r -> r.identityId().equals("agent:finance-copilot"))
                .findFirst().orElseThrow();
        assertThat(Integer.parseInt(agent.facts().get(14))).isPositive();
        assertThat(Files.list(dir.resolve("c/workbooks")).count()).isEqualTo(campaign.workbooks().size());
    }

    @Test
    void aFolderThatIsNoQuarterIsBadInputAndABadGroupingAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Run none = trustmap("review", "send", "--assessment", dir.resolve("empty").toString(), "--out",
                dir.resolve("c").toString());
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.err()).contains(
                "is not a quarter trustmap assessed: it holds no manifest.json (nor inventory.json).",
                "or the folder 'trustmap assess --out' wrote");
        assertThat(dir.resolve("c")).doesNotExist();
        Run by = trustmap("review", "send", "--assessment", dir.resolve("empty").toString(), "--out",
                dir.resolve("c").toString(), "--by", "team");
        assertThat(by.code()).isEqualTo(2);
        assertThat(by.err()).contains("--by must be technical-owner, business-owner or system, not 'team'.");
    }
}
