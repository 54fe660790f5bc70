package dev.trustmap.reports.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The one font of the PDF: WenQuanYi Micro Hei (Apache-2.0 or GPL-3+ with font exception; licence next to the
 * file), bundled on the classpath so that no system font is needed. It covers accented Latin, Greek, Cyrillic,
 * Chinese, Japanese and Korean; Flying Saucer picks one font per run of text and has no per-glyph fallback, so
 * the page uses this family for everything (its mono face for code). Loaded from bytes: no temporary file.
 */
final class BundledFont {

    static final String FAMILY = "WenQuanYi Micro Hei";
    static final String MONO_FAMILY = "WenQuanYi Micro Hei Mono";
    static final String RESOURCE = "/dev/trustmap/reports/fonts/wqy-microhei.ttc";

    /** Added after every other style rule: the page's own font stacks name fonts Flying Saucer does not have. */
    static final String CSS = "* { font-family: '" + FAMILY + "' !important; }\n"
            + "code, kbd, pre, samp, .mono { font-family: '" + MONO_FAMILY + "' !important; }\n";

    private static volatile byte[] bytes;
    private static volatile Font awt;

    private BundledFont() {
    }

    /**
     * Registers both faces with Flying Saucer, embedded and Identity-H. Subset tags (the {@code ABCDEF+} prefix of
     * an embedded font's name) come from {@code seed}, not from chance, so the same report gives the same bytes.
     */
    static void register(ITextFontResolver resolver, byte[] seed) throws IOException {
        for (int face = 0; face < 2; face++) {
            String name = RESOURCE.substring(1) + "," + face; // Flying Saucer re-reads it by name, from the classpath
            try {
                BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(),
                        null);
                font.setSecureRandom(seeded(seed, face));
                resolver.addFont(font, name, null);
            } catch (DocumentException e) {
                throw new IOException("cannot load the bundled font " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    /** The same font for the chart, drawn as outlines, at {@code size} points. */
    static Font awt(float size) {
        Font base = awt;
        if (base == null) {
            try {
                base = Font.createFonts(new ByteArrayInputStream(bytes()))[0];
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load the bundled font " + RESOURCE, e);
            }
            awt = base;
        }
        return base.deriveFont(size);
    }

    static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font is missing: " + RESOURCE);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
            }
            bytes = b;
        }
        return b;
    }

    private static SecureRandom seeded(byte[] seed, int face) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG"); // deterministic when seeded before use
            random.setSeed(seed);
            random.setSeed(face);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is not available", e);
        }
    }
}
