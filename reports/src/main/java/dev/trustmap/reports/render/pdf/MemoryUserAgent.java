package dev.trustmap.reports.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;

/**
 * Serves the page's resources (the chart PDF) from memory under {@link #BASE}, and nothing else but Flying Saucer's
 * default stylesheet: the report never fetches a file or a URL, whatever a template refers to. Data URIs are still read
 * by Flying Saucer itself.
 */
final class MemoryUserAgent extends ITextUserAgent {

    /** The document's base URI; relative references resolve under it. */
    static final String BASE = "trustmap:/board/";

    /** Flying Saucer's own default stylesheet (head hidden, tables laid out), read from its jar. */
    private static final URL DEFAULT_CSS = XhtmlCssOnlyNamespaceHandler.class.getResource(
            Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css");

    private final Map<String, byte[]> resources = new HashMap<>();

    MemoryUserAgent(ITextOutputDevice device, int dotsPerPixel, Map<String, byte[]> byName) {
        super(device, dotsPerPixel);
        byName.forEach((name, bytes) -> resources.put(BASE + name, bytes));
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (DEFAULT_CSS != null && DEFAULT_CSS.toString().equals(uri)) {
            return DEFAULT_CSS.openStream();
        }
        byte[] bytes = uri == null ? null : resources.get(uri);
        if (bytes == null) {
            throw new FileNotFoundException("not fetched (the PDF report reads nothing from outside): " + uri);
        }
        return new ByteArrayInputStream(bytes);
    }
}
