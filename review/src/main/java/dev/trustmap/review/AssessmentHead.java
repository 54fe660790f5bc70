package dev.trustmap.review;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * What a review takes from the {@code assessment.json} of a folder {@code trustmap assess} wrote: its as-of instant,
 * its orphaned identities and the file's SHA-256. Read as a stream, in one pass, passing over the findings: at a
 * million identities the file is nearly 2 GB, which as a tree would not fit in the heap.
 *
 * @param asOf the instant every age was computed against
 * @param orphaned the identities whose owners have all left
 * @param sha256 of the whole file, lowercase hex
 */
record AssessmentHead(Instant asOf, Set<String> orphaned, String sha256) {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String FIX = "Pass the folder 'trustmap assess --out' wrote, as it wrote it.";

    static AssessmentHead read(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        String asOf = null;
        Set<String> orphaned = new HashSet<>();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                JsonParser json = FACTORY.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw problem(file, json, "does not start with a JSON object");
            }
            for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("asOf") && value == JsonToken.VALUE_STRING) {
                    asOf = json.getText();
                } else if (field.equals("orphanedIdentities") && value == JsonToken.START_ARRAY) {
                    for (JsonToken id = json.nextToken(); id != JsonToken.END_ARRAY; id = json.nextToken()) {
                        if (id != JsonToken.VALUE_STRING) {
                            throw problem(file, json, "lists an orphaned identity that is not a string");
                        }
                        orphaned.add(json.getText());
                    }
                } else {
                    json.skipChildren();
                }
            }
            in.transferTo(OutputStream.nullOutputStream()); // what follows the object counts in the digest too
            if (asOf == null) {
                throw problem(file, json, "has no as-of instant ('asOf')");
            }
            return new AssessmentHead(Instant.parse(asOf), Set.copyOf(orphaned),
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | DateTimeParseException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read (" + e.getMessage()
                    + ").", FIX));
        }
    }

    private static InputException problem(Path file, JsonParser json, String what) {
        return new InputException(new InputProblem(file.toString(), "line " + json.currentLocation().getLineNr(),
                what + ".", FIX));
    }
}
