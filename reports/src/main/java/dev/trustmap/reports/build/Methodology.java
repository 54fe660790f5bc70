package dev.trustmap.reports.build;

import dev.trustmap.reports.model.ReportMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code METHODOLOGY.md} of an evidence pack: what this run was (period, as-of, versions, digests), the policy in
 * effect as written, and how trustmap judges (the text of docs/methodology.md, bundled at build time), so an auditor
 * can recompute any figure from the pack alone.
 */
public final class Methodology {

    private static final String TEXT = "/dev/trustmap/reports/methodology/methodology.md";

    private Methodology() {
    }

    /**
     * @param policyYaml the policy in effect, as {@code trustmap policy show} prints it
     */
    public static String markdown(ReportMeta meta, String policyYaml) {
        String text = bundledText();
        // the bundled text opens with its own title; the pack's title comes first
        String body = text.startsWith("# ") ? text.substring(text.indexOf('\n') + 1).stripLeading() : text;
        StringBuilder md = new StringBuilder();
        md.append("# Methodology: ").append(meta.organisation()).append(", ").append(meta.period()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "period", meta.period());
        row(md, "as of", meta.asOf());
        row(md, "trustmap", meta.trustmapVersion());
        row(md, "catalog", meta.catalogVersion() + " (SHA-256 " + meta.catalogSha256() + ")");
        row(md, "policy", "SHA-256 " + meta.policySha256());
        md.append("\nEvery age, expiry and deadline in this pack is computed against the as-of instant above, never"
                + " the time the pack was made. `manifest.json` lists every file with its SHA-256; `trustmap pack"
                + " verify` checks them.\n\n");
        md.append("## The policy in effect\n\n```yaml\n").append(policyYaml.strip()).append("\n```\n\n");
        md.append("## How trustmap judges\n\n").append(body.replace("\n## ", "\n### ").strip()).append('\n');
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value == null ? "" : value.replace("|", "\\|"))
                .append(" |\n");
    }

    private static String bundledText() {
        try (InputStream in = Methodology.class.getResourceAsStream(TEXT)) {
            if (in == null) {
                throw new IllegalStateException("the build did not bundle " + TEXT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
