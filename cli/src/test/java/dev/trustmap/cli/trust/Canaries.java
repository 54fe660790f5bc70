package dev.trustmap.cli.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Unique secrets in every shape trustmap must recognise, each one planted once, and a search for any of them in
 * everything a run wrote: files, the entries of every zip (packs, workbooks), the text of every PDF, and what the
 * run printed.
 */
final class Canaries {

    private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE64 = BASE62 + "+/";

    private final Random random;
    private final List<String> planted = new ArrayList<>();

    Canaries(long seed) {
        this.random = new Random(seed);
    }

    /** A new canary, in the next shape of the rotation: issuer tokens, an AWS secret key, a bare random token. */
    String next() {
        String canary = switch (planted.size() % 7) {
            case 0 -> "ghp_" + chars(BASE62, 36);
            case 1 -> "xoxb-" + digits(12) + "-" + digits(13) + "-" + chars(BASE62, 24);
            case 2 -> "AIza" + chars(BASE62 + "-_", 35);
            case 3 -> awsSecretKey();
            case 4 -> "hvs." + chars(BASE62, 24);
            case 5 -> "sk-" + chars(BASE62, 32);
            default -> "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ" + chars(BASE62, 12) + "." + chars(BASE62 + "-_", 22);
        };
        planted.add(canary);
        return canary;
    }

    List<String> planted() {
        return planted;
    }

    /** 40 characters of base64 with both cases and a digit, the shape of an AWS secret access key. */
    private String awsSecretKey() {
        while (true) {
            String key = chars(BASE64, 40);
            if (key.chars().anyMatch(Character::isUpperCase) && key.chars().anyMatch(Character::isLowerCase)
                    && key.chars().anyMatch(Character::isDigit)) {
                return key;
            }
        }
    }

    private String chars(String alphabet, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String digits(int n) {
        return chars("0123456789", n);
    }

    /**
     * Every place a planted canary shows up, as "where: canary". A canary counts when its last 16 characters
     * appear: enough to use or recognise it, and not a coincidence.
     */
    List<String> foundIn(Path outputs, String... printed) throws IOException {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < printed.length; i++) {
            search("printed output " + i, printed[i], found);
        }
        if (Files.exists(outputs)) {
            try (Stream<Path> files = Files.walk(outputs)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    searchBytes(outputs.relativize(file).toString(), Files.readAllBytes(file), found);
                }
            }
        }
        return found;
    }

    private void searchBytes(String where, byte[] bytes, List<String> found) throws IOException {
        search(where, new String(bytes, StandardCharsets.UTF_8), found);
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            // by the central directory, as Excel and unzip read it
            Path copy = Files.createTempFile("canary", ".zip");
            try {
                Files.write(copy, bytes);
                try (ZipFile zip = new ZipFile(copy.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            searchBytes(where + "!/" + entry.getName(), in.readAllBytes(), found);
                        }
                    }
                }
            } finally {
                Files.delete(copy);
            }
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (InputStream in = new ByteArrayInputStream(bytes); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                String text = new PDFTextStripper().getText(pdf);
                search(where + " (text)", text, found);
                // a long value may be wrapped across lines in a table cell
                search(where + " (text, unwrapped)", text.replaceAll("\\s+", ""), found);
            }
        }
    }

    private void search(String where, String text, List<String> found) {
        for (String canary : planted) {
            if (text.contains(canary.substring(canary.length() - 16))) {
                found.add(where + ": " + canary);
            }
        }
    }
}
