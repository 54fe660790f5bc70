package dev.trustmap.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

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
                "controls.csv", "frameworks.csv");
        String findings = new String(output.bytes("findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings).startsWith("id,control,controlTitle,domain,identity,identityName,credential,lane,")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'@SUM(1)")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @Test
    void theBoardHasNoCsv() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new CsvRenderer().render(new ReportFixture().build(), Audience.BOARD, output);
        assertThat(output.files()).isEmpty();
    }
}
