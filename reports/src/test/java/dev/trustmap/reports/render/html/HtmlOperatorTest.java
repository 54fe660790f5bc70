package dev.trustmap.reports.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlOperatorTest {

    private static Document operator(HtmlRenderer renderer, ReportFixture fixture) throws IOException {
        return Jsoup.parse(renderer.operator(fixture.build()));
    }

    private static Document operator(ReportFixture fixture) throws IOException {
        return operator(new HtmlRenderer(), fixture);
    }

    @Test
    void resolvedFindingsAreListedAndWithoutAnEarlierQuarterThePageSaysSo() throws IOException {
        Document page = operator(new ReportFixture());
        assertThat(page.select("#resolved table.resolved tbody tr").eachText())
                .containsExactly("high LFC-01 Static secrets rotated id-2 key-0 bob@example.com 2026-03-01 213");
        assertThat(page.selectFirst("#resolved p.lede").text()).startsWith("Findings of 2026-Q2 that this quarter");

        Document first = operator(new ReportFixture().withoutPrevious());
        assertThat(first.select("#resolved table")).isEmpty();
        assertThat(first.selectFirst("#resolved p.note").text()).startsWith("No earlier quarter was given");
    }

    @Test
    void everyFindingIsARowWithDueDateAndRemediationUnderItsOwnerAndSeverity() throws IOException {
        Document page = operator(new ReportFixture());
        Elements owners = page.select("#finding-list section.owner");
        assertThat(owners.eachText()).hasSize(3);
        assertThat(page.select("#finding-list h3.owner-name").eachText()).containsExactlyElementsOf(
                ReportFixture.OWNERS);
        assertThat(page.select("tr.finding")).hasSize(3 * 4 * 2);
        Element alice = owners.get(0);
        Elements blocks = alice.select("tbody.finding-group");
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0).selectFirst("tr.group").text())
                .isEqualTo("critical alice@example.com: 1 open, 1 accepted");
        assertThat(blocks.get(3).selectFirst("tr.group").text()).startsWith("low ");
        Element first = page.getElementById("finding-f-1");
        assertThat(first.parent()).isEqualTo(blocks.get(0));
        assertThat(first.selectFirst("td.due").text())
                .isEqualTo("2026-10-02 first seen 2026-09-01 (this quarter), new");
        assertThat(page.getElementById("finding-f-5").selectFirst("td.due .overdue").text())
                .isEqualTo("5 days overdue");
        assertThat(first.selectFirst("td.remediation").text()).isEqualTo("Rotate key-1 and record the date.");
        assertThat(first.text()).contains("LFC-01", "Static secrets rotated", "rotated 101 days ago", "90 days",
                "accepted", "EXC-1");
        Element noOwner = owners.get(2);
        assertThat(noOwner.select("tr.finding").eachAttr("id")).contains("finding-f-17", "finding-f-24");
        assertThat(page.select("#finding-groups tbody tr")).hasSize(12);
        assertThat(page.getElementById("cap-note")).isNull();
    }

    @Test
    void identityNamesAreTextNeverMarkup() throws IOException {
        String html = new HtmlRenderer().operator(new ReportFixture().build());
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").data()).doesNotContain("alert(1)");
        assertThat(page.select(".identity-name").eachText()).contains(ReportFixture.CANARY);
        assertThat(page.select("tr.finding .strong").eachText()).contains(ReportFixture.CANARY);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(ReportFixture.CANARY);
        assertThat(page.select("[onerror], [onload], [onclick]")).isEmpty();
    }

    @Test
    void pageIsSelfContainedAndReadsWithoutItsScript() throws IOException {
        Document page = operator(new ReportFixture());
        HtmlAssertions.assertSelfContained(page);
        Element script = page.selectFirst("script");
        assertThat(script.attributes().size()).isZero();
        assertThat(script.data()).contains("table.sortable").doesNotContain("fetch(").doesNotContain("XMLHttp");
        // the filter boxes exist only for the script to reveal; every row is already in the page
        assertThat(page.select("div.filter")).isNotEmpty().allSatisfy(f -> assertThat(f.hasAttr("hidden")).isTrue());
        assertThat(page.select("style[media=print]").first().data()).contains(".filter").contains("display: none");
        assertThat(page.select("table.sortable")).hasSizeGreaterThan(5);
    }

    @Test
    void identitiesAndTheirCredentialsWithAgesLastUseExpiryAndTtl() throws IOException {
        Document page = operator(new ReportFixture());
        assertThat(page.select("#identity-table tbody tr")).hasSize(3);
        assertThat(page.select("#identity-table tbody tr").get(2).text()).contains("orphan-agent", "unowned",
                "orphaned");
        Elements perIdentity = page.select("#credential-table tbody.identity-credentials");
        assertThat(perIdentity).hasSize(3);
        assertThat(perIdentity.get(0).selectFirst("tr.group").text()).contains(ReportFixture.CANARY, "id-1");
        Elements key1 = perIdentity.get(0).select("tr.credential td");
        assertThat(key1.eachText()).containsExactly("key-1", "access key", "user", "yes", "2026-01-01", "—", "272",
                "2026-09-01", "29", "—", "—", "—", "—", "static secret");
        Elements token = perIdentity.get(1).select("tr.credential td");
        assertThat(token.get(11).text()).isEqualTo("3,600");
        assertThat(token.get(9).text()).isEqualTo("2026-09-30");
        assertThat(token.get(9).attr("title")).isEqualTo("2026-09-30T23:59:59Z");
    }

    @Test
    void distributionsAreInlineSvgBarCharts() throws IOException {
        Document page = operator(new ReportFixture());
        Element lifetimes = page.selectFirst("svg#token-lifetimes");
        assertThat(lifetimes.select("rect")).hasSize(3);
        assertThat(lifetimes.select("g.bar text").eachText()).containsExactly("1", "≤ 1 hour", "0", "≤ 1 day", "2",
                "no expiry");
        assertThat(page.selectFirst("svg#rotation-ages")).isNull();
        assertThat(page.getElementById("distributions").text()).contains("Static-secret rotation age: 0 secrets",
                "Nothing to count: no secrets.");
    }

    @Test
    void ownershipControlsCrosswalkExceptionsAttestationsAndLeaks() throws IOException {
        Document page = operator(new ReportFixture());
        assertThat(page.getElementById("ownership").select("tbody tr")).hasSize(2);
        assertThat(page.select("#controls tbody tr").text()).contains("LFC-01", "not met", "40", "carol@example.com");
        assertThat(page.select("#crosswalk tbody tr").text()).contains("PR.AA-05", "subset-of");
        assertThat(page.select("#exceptions tbody tr")).hasSize(2);
        assertThat(page.select("#attestations tbody tr").text()).contains("ACT-05", "dave@example.com");
        assertThat(page.select("#leaks tbody tr").text()).contains("leak-1", "repo/app.py:12", "open");
    }

    @Test
    void pastTheCapTheGroupsAreSummarisedAndOnlyTheirFirstRowsListed() throws IOException {
        HtmlRenderer renderer = new HtmlRenderer(null, new HtmlLimits(50, 3, 1000));
        Document page = operator(renderer, new ReportFixture().findingsPerGroup(5)); // 60 findings
        assertThat(page.getElementById("cap-note").text()).contains("60 findings", "more than the 50",
                "first 3 findings of each group", "operator.xlsx and findings.csv");
        assertThat(page.select("#finding-groups tbody tr")).hasSize(12);
        for (Element block : page.select("tbody.finding-group")) {
            assertThat(block.select("tr.finding")).hasSize(3);
            assertThat(block.selectFirst(".omitted").text()).contains("the first 3 listed; 2 more");
        }
        assertThat(page.select("tr.finding")).hasSize(12 * 3);

        Document under = operator(renderer, new ReportFixture().findingsPerGroup(4)); // 48 findings
        assertThat(under.getElementById("cap-note")).isNull();
        assertThat(under.select("tr.finding")).hasSize(48);
        assertThat(under.select(".omitted")).isEmpty();
    }

    @Test
    void theCappedPageNeverListsMoreThanTheTableCap() throws IOException {
        HtmlRenderer renderer = new HtmlRenderer(null, new HtmlLimits(10, 3, 7));
        Document page = operator(renderer, new ReportFixture().findingsPerGroup(5));
        assertThat(page.select("tr.finding")).hasSize(7);
        assertThat(page.select("#finding-groups tbody tr")).hasSize(7);
        assertThat(page.select("#finding-groups + p.note").text()).contains("The first 7 of 12 groups");
        List<String> notes = page.select("tbody.finding-group .omitted").eachText();
        assertThat(notes).isNotEmpty().allSatisfy(n -> assertThat(n).contains("more in operator.xlsx"));
    }

    @Test
    void defaultCapIsTwentyThousandFindings() {
        assertThat(HtmlLimits.DEFAULT.findingsCap()).isEqualTo(20_000);
        assertThat(HtmlLimits.DEFAULT.rowsPerGroup()).isEqualTo(25);
    }
}
