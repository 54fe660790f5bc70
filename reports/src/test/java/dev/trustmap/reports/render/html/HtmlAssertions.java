package dev.trustmap.reports.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.ReportOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Renders into memory and checks what every page must be: self-contained. */
final class HtmlAssertions {

    private static final Pattern REMOTE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(https?:)?//",
            Pattern.CASE_INSENSITIVE);

    private HtmlAssertions() {
    }

    /** The files a renderer writes, by name, as UTF-8 text. */
    static Map<String, String> render(HtmlRenderer renderer, ReportModel model, Audience audience)
            throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        ReportOutput output = name -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            files.put(name, bytes);
            return new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        };
        renderer.render(model, audience, output);
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach((name, bytes) -> text.put(name, bytes.toString(StandardCharsets.UTF_8)));
        return text;
    }

    /** Nothing on the page is fetched from elsewhere: no remote src or href, no stylesheet link, no import. */
    static void assertSelfContained(Document page) {
        for (Element e : page.getAllElements()) {
            for (String attribute : new String[] {"src", "href", "xlink:href", "srcset", "data", "action"}) {
                String value = e.attr(attribute).trim().toLowerCase();
                assertThat(value).as("%s of <%s>", attribute, e.tagName())
                        .doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//");
            }
            assertThat(e.attr("style")).doesNotContainPattern(REMOTE_URL);
        }
        assertThat(page.select("link")).isEmpty();
        assertThat(page.select("script[src], img[src^=http], iframe, object, embed")).isEmpty();
        for (Element style : page.select("style")) {
            assertThat(style.data()).doesNotContain("@import").doesNotContainPattern(REMOTE_URL)
                    .doesNotContain("@font-face");
        }
    }
}
