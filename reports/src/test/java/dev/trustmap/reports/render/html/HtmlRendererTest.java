package dev.trustmap.reports.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {

    @TempDir
    Path dir;

    private final ReportModel model = new ReportFixture().build();

    @Test
    void writesTheBoardPageTheOperatorPageOrBothByAudience() throws IOException {
        HtmlRenderer renderer = new HtmlRenderer();
        assertThat(renderer.format()).isEqualTo("html");
        assertThat(HtmlAssertions.render(renderer, model, Audience.BOARD)).containsOnlyKeys("board.html");
        assertThat(HtmlAssertions.render(renderer, model, Audience.OPERATOR)).containsOnlyKeys("operator.html");
        Map<String, String> all = HtmlAssertions.render(renderer, model, Audience.ALL);
        assertThat(all).containsOnlyKeys("board.html", "operator.html");
        assertThat(all.get("board.html")).startsWith("<!DOCTYPE html>").isEqualTo(renderer.board(model));
        assertThat(all.get("operator.html")).isEqualTo(renderer.operator(model));
    }

    @Test
    void sameModelGivesTheSameBytes() throws IOException {
        assertThat(new HtmlRenderer().board(model)).isEqualTo(new HtmlRenderer().board(model));
        assertThat(new HtmlRenderer().operator(model)).isEqualTo(new HtmlRenderer().operator(model));
    }

    @Test
    void aTemplateInTheOverrideFolderReplacesTheBundledOneByName() throws IOException {
        Files.writeString(dir.resolve("board.ftlh"), """
                <!DOCTYPE html>
                <html><head><title>custom</title></head>
                <body><p id="custom">${meta.organisation} ${board.domains?size} domains</p></body></html>
                """);
        HtmlRenderer renderer = new HtmlRenderer(dir);
        Map<String, String> files = HtmlAssertions.render(renderer, model, Audience.ALL);
        Document board = Jsoup.parse(files.get("board.html"));
        assertThat(board.getElementById("custom").text()).isEqualTo("Example Org & Co 5 domains");
        assertThat(files.get("board.html")).contains("Example Org &amp; Co");
        assertThat(board.select("table.posture")).isEmpty();
        // what the folder does not hold still comes from the bundled templates
        assertThat(Jsoup.parse(files.get("operator.html")).select("tr.finding")).hasSize(24);
    }

    @Test
    void aStylesheetOrPartialCanBeOverriddenAlone() throws IOException {
        Files.createDirectories(dir.resolve("css"));
        Files.writeString(dir.resolve("css/screen.css"), "body { color: #123456; } /* house style */");
        Document board = Jsoup.parse(new HtmlRenderer(dir).board(model));
        assertThat(board.select("style").get(0).data()).contains("house style").doesNotContain(".rag-green");
        assertThat(board.select("table.posture tbody tr")).hasSize(5);
    }

    @Test
    void aBrokenUserTemplateIsBadInputNamingTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("board.ftlh"), "<p>fine</p>\n<p>${meta.noSuchField}</p>\n");
        assertThatThrownBy(() -> new HtmlRenderer(dir).board(model)).isInstanceOf(InputException.class)
                .hasMessageContaining("board.ftlh:line 2").hasMessageContaining("noSuchField");
        Files.writeString(dir.resolve("board.ftlh"), "<#if>\n");
        assertThatThrownBy(() -> new HtmlRenderer(dir).board(model)).isInstanceOf(InputException.class)
                .hasMessageContaining("board.ftlh:line 1");
    }

    @Test
    void theOverrideMustBeAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        assertThatThrownBy(() -> new HtmlRenderer(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> new HtmlRenderer(dir.resolve("missing"))).isInstanceOf(InputException.class);
    }
}
