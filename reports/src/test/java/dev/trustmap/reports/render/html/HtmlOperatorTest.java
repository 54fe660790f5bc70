package dev.trustmap.reports.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    void everyFindingIsARowOfOneEstateWideTableMostUrgentFirst() throws IOException {
        Document page = operator(new ReportFixture());
        Element table = page.getElementById("finding-list");
        assertThat(table.select("tbody")).hasSize(1);
        assertThat(table.select("tr.group")).as("grouping is the script's view, not the page's").isEmpty();
        Elements rows = table.select("tr.finding");
        assertThat(rows).hasSize(3 * 4 * 2);
        // open and overdue (critical, then high), then open by severity and due date, accepted last
        assertThat(rows.eachAttr("id").subList(0, 6)).containsExactly("finding-f-10", "finding-f-20",
                "finding-f-2", "finding-f-18", "finding-f-4", "finding-f-12");
        assertThat(rows.eachAttr("id").subList(12, 24)).allSatisfy(id -> assertThat(page.getElementById(id)
                .selectFirst(".finding-status").text()).isEqualTo("accepted"));
        assertThat(table.select("thead th").eachText()).containsExactly("Severity", "Due", "Owner", "Control",
                "Identity", "Observed", "Status", "What to do");
        Element first = rows.get(0);
        assertThat(first.selectFirst("td.g-owner").text()).isEqualTo("bob@example.com");
        assertThat(first.selectFirst("td.due").text()).isEqualTo("2026-10-11 10 days overdue since 2026-09-01, new");
        assertThat(first.selectFirst("td.remediation").text()).isEqualTo("Rotate key-10 and record the date.");
        assertThat(page.getElementById("finding-f-1").text()).contains("LFC-01", "Static secrets rotated",
                "rotated 101 days ago", "limit 90 days", "accepted", "EXC-1");
        assertThat(page.getElementById("triage-counts").text())
                .isEqualTo("24 findings: 2 open and overdue, 3 open critical, 4 open with no owner.");
        assertThat(page.getElementById("cap-note")).isNull();
    }

    @Test
    void ownersAreListedBusiestFirstEachWithTheirCounts() throws IOException {
        Document page = operator(new ReportFixture());
        assertThat(page.select("#owner-load tbody tr").eachText()).containsExactly(
                "(no owner) 1 1 1 1 1 4", "bob@example.com 1 1 1 1 1 4", "alice@example.com 0 1 1 1 1 4");
        assertThat(page.select("#owner-load a.filter-link").eachAttr("data-filter")).containsExactly("(no owner)",
                "bob@example.com", "alice@example.com");
    }

    @Test
    void pastTheCapEveryCriticalOverdueAndUnownedFindingIsListedFirst() throws IOException {
        Document page = operator(new HtmlRenderer(null, new HtmlLimits(8, 2, 1000)), new ReportFixture());
        assertThat(page.select("tr.finding").eachAttr("id")).containsExactly("finding-f-10", "finding-f-20",
                "finding-f-2", "finding-f-18", "finding-f-4", "finding-f-12", "finding-f-22", "finding-f-24");
        assertThat(page.getElementById("cap-note").text()).isEqualTo("This page lists 8 of the 24 findings: every "
                + "open finding that is critical, overdue or unowned (6), then the most urgent of the rest. All 24 "
                + "are in findings.csv and on the Findings sheet of operator.xlsx.");
        assertThat(page.select("#owner-load tbody tr")).hasSize(2);
        assertThat(page.select("#owner-load + p.note, .scroll + p.note").eachText())
                .anyMatch(n -> n.startsWith("The 2 busiest of 3 owners"));
    }

    @Test
    void whenTheUrgentFindingsAloneExceedTheCapThePageSaysSoAndListsTheMostUrgent() throws IOException {
        Document page = operator(new HtmlRenderer(null, new HtmlLimits(5, 10, 1000)), new ReportFixture());
        assertThat(page.select("tr.finding").eachAttr("id")).containsExactly("finding-f-10", "finding-f-20",
                "finding-f-2", "finding-f-18", "finding-f-22");
        assertThat(page.getElementById("cap-note").text()).startsWith("6 open findings are critical, overdue or "
                + "unowned: more than the 5 this page lists, so it lists the 5 most urgent of them. All 24 are in "
                + "findings.csv");
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
        // as many open findings each: the orphaned and unowned one first, then by id
        assertThat(page.select("#identity-table tbody tr").get(0).text()).contains("orphan-agent", "unowned",
                "orphaned");
        Elements perIdentity = page.select("#credential-table tbody.identity-credentials");
        assertThat(perIdentity).hasSize(3);
        assertThat(perIdentity.get(0).selectFirst("tr.group").text()).contains("orphan-agent");
        assertThat(perIdentity.get(1).selectFirst("tr.group").text()).contains(ReportFixture.CANARY, "id-1");
        Elements key1 = perIdentity.get(1).select("tr.credential td");
        assertThat(key1.eachText()).containsExactly("key-1", "access key", "user", "yes", "2026-01-01", "—", "272",
                "2026-09-01", "29", "—", "—", "—", "—", "static secret");
        Elements token = perIdentity.get(2).select("tr.credential td");
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
    void whereAnotherToolDisagreesThePageSaysSoAndOtherwiseHasNoSuchSection() throws IOException {
        Document page = operator(new ReportFixture().withDisagreement());
        assertThat(page.select("#disagreements tbody tr").eachText()).containsExactly(
                "id-1 LFC-01 Static secrets rotated pass prowler iam_rotate_access_key_90_days fail");
        assertThat(page.select("nav.toc a").eachAttr("href")).contains("#disagreements");

        Document none = operator(new ReportFixture());
        assertThat(none.getElementById("disagreements")).isNull();
        assertThat(none.select("nav.toc a").eachAttr("href")).doesNotContain("#disagreements");
    }

    @Test
    void defaultLimitsKeepThePageSmall() {
        assertThat(HtmlLimits.DEFAULT).isEqualTo(new HtmlLimits(1_000, 25, 500));
    }
}
