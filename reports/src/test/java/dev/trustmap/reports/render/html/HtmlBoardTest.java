package dev.trustmap.reports.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlBoardTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    private Document board(ReportFixture fixture) throws IOException {
        return Jsoup.parse(renderer.board(fixture.build()));
    }

    @Test
    void coverLineNamesOrganisationPeriodAsOfCatalogAndPolicyPrefix() throws IOException {
        Element cover = board(new ReportFixture()).selectFirst("header.cover");
        assertThat(cover.select("h1").text()).isEqualTo("Example Org & Co");
        assertThat(cover.text()).contains("2026-Q3", "2026-09-30T23:59:59Z", "2026.11", "ab12cd34ef56")
                .doesNotContain("ab12cd34ef560");
    }

    @Test
    void postureShowsTheFiveDomainsWithScoresAndRagInWords() throws IOException {
        Elements rows = board(new ReportFixture()).select("table.posture tbody tr");
        assertThat(rows).hasSize(5);
        assertThat(rows.eachText()).satisfiesExactly(
                r -> assertThat(r).startsWith("Accountability").contains("Green 92.5 Green 91 Green 95"),
                r -> assertThat(r).startsWith("Lifecycle").contains("Amber 74.2 Amber 76 Red 60"),
                r -> assertThat(r).startsWith("Access").contains("Red 55.1 Red 55.1 Not assessed"),
                r -> assertThat(r).startsWith("Delegation").contains("Amber 88.8 Green 90 Amber 85.5"),
                r -> assertThat(r).startsWith("Revocation").contains("Not assessed Not assessed Not assessed",
                        "6 controls 0 met, 0 partial, 0 not met, 6 not assessed"));
        Element overall = rows.get(1).selectFirst("td.overall .rag");
        assertThat(overall.hasClass("rag-amber")).isTrue();
        assertThat(overall.select(".dot")).hasSize(1);
    }

    @Test
    void kpiTilesShowLastQuarterAndTheChangeColouredByWhichWayIsBetter() throws IOException {
        Document page = board(new ReportFixture());
        Element owners = page.getElementById("kpi-ownerCoverage");
        assertThat(owners.selectFirst(".kpi-value").text()).isEqualTo("87.5%");
        assertThat(owners.selectFirst(".previous").text()).isEqualTo("80%");
        assertThat(owners.selectFirst(".kpi-change").text()).isEqualTo("▲ +7.5 pts better");
        assertThat(owners.selectFirst(".kpi-change").hasClass("change-better")).isTrue();

        Element age = page.getElementById("kpi-medianStaticSecretAge");
        assertThat(age.selectFirst(".kpi-value").text()).isEqualTo("143 days");
        assertThat(age.selectFirst(".kpi-change").text()).isEqualTo("▲ +23 days worse");
        assertThat(age.selectFirst(".kpi-change").hasClass("change-worse")).isTrue();

        Element orphaned = page.getElementById("kpi-orphanedIdentities");
        assertThat(orphaned.selectFirst(".kpi-change").text()).isEqualTo("▶ 0 no change");

        Element rotation = page.getElementById("kpi-rotationCompliance");
        assertThat(rotation.selectFirst(".kpi-value").text()).isEqualTo("—");
        assertThat(rotation.select(".kpi-change, .kpi-previous")).isEmpty();
        assertThat(page.select("#kpis .note").text()).contains("the policy changed");
    }

    @Test
    void withoutHistoryTheTilesShowNoChange() throws IOException {
        Document page = board(new ReportFixture().withoutPrevious());
        assertThat(page.select(".kpi")).hasSize(4);
        assertThat(page.select(".kpi-change, .kpi-previous, #kpis .note")).isEmpty();
    }

    @Test
    void trendChartIsAnInlineSvgOnlyWhenThereIsATrend() throws IOException {
        Document page = board(new ReportFixture());
        Element svg = page.selectFirst("svg#trend-chart");
        assertThat(svg).isNotNull();
        assertThat(svg.select("g.series")).hasSize(5);
        assertThat(svg.select("g.series text").eachText()).contains("Accountability 92.5", "Revocation 52");
        // ACCESS has no Q1 score: its line starts at Q2; REVOCATION has no Q3 score: its line stops at Q2
        assertThat(svg.select("g.series").get(2).select("circle")).hasSize(2);
        assertThat(svg.select("g.series").get(4).select("circle")).hasSize(2);
        assertThat(page.select("table.trend-table tbody tr").get(4).text()).isEqualTo("Revocation 50 52 —");
        assertThat(page.select("table.trend-table tbody tr").get(5).text())
                .isEqualTo("Overdue findings — 1,204 987");

        Document without = board(new ReportFixture().withoutTrend());
        assertThat(without.select("svg")).isEmpty();
        assertThat(without.getElementById("trend")).isNull();
        assertThat(without.getElementById("frameworks")).isNotNull();
    }

    @Test
    void frameworkCoverageHasARowPerFrameworkWithAStackedBarAndTheNumbers() throws IOException {
        Elements rows = board(new ReportFixture()).select("table.frameworks > tbody > tr");
        assertThat(rows).hasSize(3);
        Element nhi = rows.get(0);
        assertThat(nhi.selectFirst("td.seg-met").attr("style")).isEqualTo("width: 40%");
        assertThat(nhi.selectFirst("td.seg-partial").attr("style")).isEqualTo("width: 30%");
        assertThat(nhi.selectFirst("td.seg-not_met").attr("style")).isEqualTo("width: 20%");
        assertThat(nhi.selectFirst("td.seg-not_assessed").attr("style")).isEqualTo("width: 10%");
        assertThat(nhi.text()).contains("4 40%", "3 30%", "2 20%", "1 10%", "10 of 10");
        assertThat(rows.get(1).selectFirst("td.seg-not_met").attr("style")).isEqualTo("width: 7.4%");
        // not applicable (declared, with a reason) and not covered (a gap) are told apart
        assertThat(rows.get(1).selectFirst("td[data-label=Not applicable]").text()).isEqualTo("12");
        assertThat(rows.get(1).selectFirst("td[data-label=Not covered]").text()).isEqualTo("67");
        assertThat(rows.get(2).select("td.seg")).isEmpty();
        assertThat(rows.get(2).text()).contains("nothing in scope");
    }

    @Test
    void topRisksDecisionsMaturityAndMethodology() throws IOException {
        Document page = board(new ReportFixture());
        assertThat(page.select("table.risks tbody tr").text()).contains("LFC-01", "Static secrets rotated",
                "Long-lived keys that are never changed", "carol@example.com", "12", "20");
        Element decisions = page.getElementById("decisions");
        assertThat(decisions.select("table")).hasSize(5);
        assertThat(decisions.text()).contains("EXC-1", "EXC-2", "expired on 2026-09-27", "ACT-05", "2026-01-01");
        assertThat(decisions.select("table").get(0).select("tbody tr").text())
                .isEqualTo("RVK-04 Leaked secrets revoked id-2 bob@example.com 2025-10-07 359");
        assertThat(decisions.text()).contains("The 1 most overdue of 3", "12 identities have no owner",
                "id-3 and 11 more", "EXC-3");
        assertThat(page.select("#summary p.summary").eachText()).containsExactly(
                "We assessed 3 non-human identities as of 30 September 2026.",
                "No decision is needed from the board this quarter.");
        assertThat(page.getElementById("maturity").text()).contains("Stage 2", "ownership", "LFC-01", "RVK-01");
        assertThat(page.selectFirst("footer.methodology").text()).contains("Domain scores are mean pass rates.");

        Document none = board(new ReportFixture().withoutDecisions());
        assertThat(none.getElementById("decisions").select("p.none")).hasSize(6);
        assertThat(none.getElementById("decisions").select("table")).isEmpty();
    }

    @Test
    void anOwnerReviewIsOneBlockOfItsOwnAndItsSilentOwnersAreAmongTheDecisions() throws IOException {
        Document page = board(new ReportFixture().withOwnerReview());

        Element review = page.getElementById("owner-review");
        // Jsoup reads the no-break space before % as a space
        assertThat(review.selectFirst("p.owner-review").text()).isEqualTo("Owner review 2026-Q2 (due 2026-07-31,"
                + " collected 2026-08-03): 2,410 of 3,000 identities answered (80 %); 26 of 121 owners returned"
                + " nothing.");
        // one line, not a table: the board stays within four pages
        assertThat(review.select("table")).isEmpty();
        assertThat(review.select("p.small").text()).isEqualTo("Answers: keep 2,200, transfer 90, decommission 70, not"
                + " mine 50; 30 not usable (the campaign's problems.csv says why). Campaign 2026-Q2-review-1a2b3c4d.");

        Element decisions = page.getElementById("decisions");
        assertThat(decisions.select("h3").eachText()).contains("Unanswered in the owner review");
        assertThat(decisions.text()).contains("560 identities were not answered. Owners who returned nothing:"
                + " lars.bakker@example.com (41), mia@example.com (30), noah@example.com (22), olga@example.com (19),"
                + " piet@example.com (17) and 2 more (the campaign's review-status.csv).");
    }

    @Test
    void withoutAnOwnerReviewTheBoardHasNoTraceOfOne() throws IOException {
        String html = renderer.board(new ReportFixture().build());
        Document page = Jsoup.parse(html);

        assertThat(page.getElementById("owner-review")).isNull();
        assertThat(html).doesNotContain("Owner review", "owner review", "returned nothing");
    }

    @Test
    void boardIsSelfContainedWithoutScriptAndWellFormedXml() throws Exception {
        String html = renderer.board(new ReportFixture().build());
        Document page = Jsoup.parse(html);
        HtmlAssertions.assertSelfContained(page);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("style")).hasSize(3);
        assertThat(page.select("style").get(0).data()).contains(".rag-green");
        // a phone gets the tables as cards, each value under its column's name
        assertThat(page.select("style[media=screen and (max-width: 640px)]").get(0).data())
                .contains("content: attr(data-label)");
        assertThat(page.select("table.risks.cards tbody td").eachAttr("data-label")).contains("Owner",
                "Risk, in plain words", "Overdue");
        assertThat(page.select("style[media=print]").get(0).data()).contains("size: A4")
                .contains("page-break-inside: avoid").contains("display: table-header-group");

        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        xml.setNamespaceAware(true);
        org.w3c.dom.Document dom = xml.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(dom.getElementsByTagName("td").getLength()).isGreaterThan(20);
    }
}
