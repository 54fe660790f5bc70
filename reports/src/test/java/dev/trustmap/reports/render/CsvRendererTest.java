package dev.trustmap.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.text.SpreadsheetCell;
import dev.trustmap.reports.render.xlsx.CapturedOutput;
import dev.trustmap.reports.render.xlsx.ReportFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

    @Test
    void operatorTablesAreWrittenWithFormulaCellsNeutralised() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new CsvRenderer().render(new ReportFixture().build(), Audience.OPERATOR, output);
        assertThat(output.files().keySet()).containsExactly("findings.csv", "identities.csv", "credentials.csv",
                "controls.csv", "frameworks.csv", "crosswalk.csv", "control-owners.csv", "exceptions.csv",
                "attestations.csv", "resolved.csv");
        String findings = text(output, "findings.csv");
        assertThat(findings).startsWith("id,control,controlTitle,domain,identity,identityName,credential,lane,")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'@SUM(1)")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @Test
    void disagreementsWithAnotherToolHaveATableOnlyWhenThereAreAny() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new CsvRenderer().render(new dev.trustmap.reports.render.html.ReportFixture().withDisagreement().build(),
                Audience.OPERATOR, output);
        assertThat(text(output, "disagreements.csv"))
                .isEqualTo("identity,control,controlTitle,trustmap,tool,check,toolVerdict,findingId\r\n"
                + "id-1,LFC-01,Static secrets rotated,pass,prowler,iam_rotate_access_key_90_days,fail,"
                + "prowler-aws-1\r\n");
        CapturedOutput none = new CapturedOutput();
        new CsvRenderer().render(new dev.trustmap.reports.render.html.ReportFixture().build(), Audience.OPERATOR, none);
        assertThat(none.files()).doesNotContainKey("disagreements.csv");
    }

    @Test
    void controlOwnersExceptionsAndAttestationsHaveTablesOfTheirOwn() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new CsvRenderer().render(new ReportFixture().build(), Audience.OPERATOR, output);
        assertThat(text(output, "control-owners.csv")).startsWith("control,domain,title,status,owner\r\n");
        assertThat(text(output, "exceptions.csv").lines()).hasSize(2)
                .element(1).asString().startsWith("EX-1,LFC-01,svc-backup,vendor cannot rotate,");
        assertThat(text(output, "attestations.csv").lines()).hasSize(2)
                .element(1).asString().startsWith("DLG-01,met,erin,2026-07-01,2026-12-31,review.pdf,");
        assertThat(text(output, "crosswalk.csv").lines()).containsExactly(
                "control,controlStatus,framework,item,itemTitle,relationship",
                "LFC-01,not_met,owasp-nhi-top10-2025,NHI7,Long-lived secrets,direct");
    }

    /** The file's text after its byte-order mark, which every file must start with. */
    private static String text(CapturedOutput output, String name) {
        String text = new String(output.bytes(name), StandardCharsets.UTF_8);
        assertThat(text).as(name).startsWith(SpreadsheetCell.BOM);
        return text.substring(1);
    }


    @Test
    void theBoardHasNoCsv() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new CsvRenderer().render(new ReportFixture().build(), Audience.BOARD, output);
        assertThat(output.files()).isEmpty();
    }
}
