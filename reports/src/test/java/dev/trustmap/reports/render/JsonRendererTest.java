package dev.trustmap.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.xlsx.CapturedOutput;
import dev.trustmap.reports.render.xlsx.ReportFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private final ReportModel model = new ReportFixture().build();

    @Test
    void theWholeModelWithEachRowOfATableOnALineOfItsOwn() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new JsonRenderer().render(model, Audience.ALL, output);
        assertThat(output.files().keySet()).containsExactly("report.json");
        String text = new String(output.bytes("report.json"), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(ReportModel.SCHEMA_VERSION);
        assertThat(json.at("/operator/findings")).hasSize((int) model.operator().findings().size());
        String firstId = model.operator().findings().toList().get(0).id();
        assertThat(text.lines().filter(l -> l.contains("\"id\" : \"" + firstId + "\"")).findFirst().orElseThrow())
                .as("a finding is one line, all its fields on it")
                .contains("\"control\"", "\"severity\"", "\"owner\"", "\"remediation\"");
        assertThat(text).startsWith("{\n  \"schemaVersion\" : 1,\n  \"meta\" : {\n    \"organisation\"")
                .endsWith("}\n");
    }

    @Test
    void theBoardAloneLeavesTheOperatorTablesOut() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new JsonRenderer().render(model, Audience.BOARD, output);
        assertThat(output.files().keySet()).containsExactly("board.json");
        JsonNode json = new ObjectMapper().readTree(output.bytes("board.json"));
        assertThat(json.fieldNames()).toIterable().containsExactly("schemaVersion", "meta", "board");
        assertThat(json.at("/board/kpis")).hasSize(model.board().kpis().size());
    }

    @Test
    void theBoardCarriesAnOwnerReviewOnlyWhenThereIsOne() throws IOException {
        CapturedOutput without = new CapturedOutput();
        new JsonRenderer().render(new dev.trustmap.reports.render.html.ReportFixture().build(), Audience.BOARD,
                without);
        String text = new String(without.bytes("board.json"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("ownerReview", "unanswered", "nonResponders");

        CapturedOutput with = new CapturedOutput();
        new JsonRenderer().render(new dev.trustmap.reports.render.html.ReportFixture().withOwnerReview().build(),
                Audience.BOARD, with);
        JsonNode json = new ObjectMapper().readTree(with.bytes("board.json"));
        assertThat(json.at("/board/ownerReview/answered").asInt()).isEqualTo(2410);
        assertThat(json.at("/board/ownerReview/answeredPercent").asInt()).isEqualTo(80);
        assertThat(json.at("/board/decisions/unanswered").asInt()).isEqualTo(560);
        assertThat(json.at("/board/decisions/nonResponders/0/recipient").asText())
                .isEqualTo("lars.bakker@example.com");
        assertThat(json.at("/board/decisions/moreNonResponders").asInt()).isEqualTo(2);
    }
}
