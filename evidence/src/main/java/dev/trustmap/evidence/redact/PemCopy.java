package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.file.EvidenceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM bundles: certificate blocks are kept as they are; every private-key block (RSA, EC, DSA, ENCRYPTED, OPENSSH,
 * PGP ... PRIVATE KEY) is removed, its first line replaced by a note and its other lines left empty, so that the
 * certificates after it keep their line numbers. Blocks are delimited as the importer delimits them: a block ends at
 * its END line or where the next block begins. Text between blocks gets the defensive scan.
 */
final class PemCopy implements Copier {

    private static final Pattern MARKER = Pattern.compile("-----(BEGIN|END) ([A-Z0-9 ]+)-----");

    private final SecretRule rule;

    PemCopy(SecretRule rule) {
        this.rule = rule;
    }

    /** Text outside any block: no member, no neighbours. */
    private static final Place LOOSE_TEXT = new Place() {
        @Override
        public String member() {
            return null;
        }

        @Override
        public String container(int up) {
            return null;
        }

        @Override
        public boolean within(String name) {
            return false;
        }

        @Override
        public boolean nearAwsKeyId() {
            return false;
        }
    };

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        ValueRedactor values = new ValueRedactor(rule);
        long removedKeys = 0;
        String block = null;
        TextLayout.copyBom(file, out);
        try (BufferedReader reader = new BufferedReader(file.reader())) {
            Lines lines = new Lines(reader);
            String line;
            while ((line = lines.next()) != null) {
                boolean loose = block == null;
                StringBuilder kept = new StringBuilder(line.length());
                int from = 0;
                Matcher m = MARKER.matcher(line);
                while (m.find()) {
                    if (!privateKey(block)) {
                        kept.append(line, from, m.start());
                    }
                    String type = m.group(2);
                    if ("BEGIN".equals(m.group(1))) {
                        block = type;
                        loose = false;
                        if (privateKey(type)) {
                            removedKeys++;
                            kept.append("REDACTED (").append(type).append(" block removed)");
                        } else {
                            kept.append(m.group());
                        }
                    } else if (type.equals(block)) {
                        if (!privateKey(block)) {
                            kept.append(m.group());
                        }
                        block = null;
                    } else if (!privateKey(block)) {
                        kept.append(m.group());
                    }
                    from = m.end();
                }
                if (!privateKey(block)) {
                    kept.append(line, from, line.length());
                }
                String copy = loose ? values.apply(LOOSE_TEXT, kept.toString()) : kept.toString();
                out.write(copy.getBytes(StandardCharsets.UTF_8));
                out.write(lines.lineBreak().getBytes(StandardCharsets.UTF_8));
            }
        }
        return removedKeys + values.redacted();
    }

    private static boolean privateKey(String blockType) {
        return blockType != null && blockType.contains("PRIVATE KEY");
    }
}
