package dev.trustmap.evidence.review;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.mappings.internal.LocatedTree;
import dev.trustmap.mappings.internal.LocatedTree.Node;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.ReviewResults;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code review-results.json}, the completion of an owner review campaign as {@code review collect} wrote it
 * (see docs/owner-review.md). Recognised by its top-level {@code "kind": "trustmap-review-results"}; every field the
 * board shows must be there, counts as whole numbers of zero or more and dates as YYYY-MM-DD, each problem named by
 * its line and column.
 */
public final class ReviewResultsReader {

    public static final String KIND = "trustmap-review-results";
    private static final int VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final String FIX = "Use review-results.json as 'trustmap review collect' wrote it; if it was"
            + " edited by hand, compare it with docs/owner-review.md.";

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    private ReviewResultsReader(String file) {
        this.file = file;
    }

    /** True when the head is a JSON object whose own {@code kind} is {@value #KIND}. */
    public static boolean recognises(FileHead head) {
        if (head.zip() || !head.json() || !head.hasJsonKey("kind")) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(head.text())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("kind".equals(name)) {
                    return value == JsonToken.VALUE_STRING && KIND.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // the head ends mid-value, or it is not JSON: not ours
        }
    }

    /**
     * The results, every text through the secret guard (ids, periods and addresses as identifiers).
     *
     * @throws InputException naming each missing field, bad date or negative count by line and column
     */
    public static ReviewResults read(EvidenceFile file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.name(), "", "cannot be read: " + e.getMessage(),
                    "Check that the file is still there and readable."));
        }
        return new ReviewResultsReader(file.name()).read(content);
    }

    /** The results of a document held in memory, named {@code file} in messages. */
    public static ReviewResults read(String file, byte[] content) {
        return new ReviewResultsReader(file).read(content);
    }

    private ReviewResults read(byte[] content) {
        Node root = LocatedTree.parseNode(file, content, problems);
        if (root == null || !root.isMap()) {
            throw new InputException(new InputProblem(file, root == null ? "line 1" : root.where(),
                    "expected a JSON object with \"kind\": \"" + KIND + "\"; found "
                            + (root == null ? "nothing" : root.describe()) + ".", FIX));
        }
        Map<String, Node> top = root.entries();
        Node kind = top.get("kind");
        if (kind == null || !KIND.equals(kind.text())) {
            problems.add(new InputProblem(file, kind == null ? root.where() : kind.where(), "expected \"kind\": \""
                    + KIND + "\"; found " + (kind == null ? "no kind" : kind.describe()) + ".", FIX));
        }
        Node version = top.get("version");
        if (version != null && !BigInteger.valueOf(VERSION).equals(version.integer())) {
            problems.add(new InputProblem(file, version.where(), "expected \"version\": " + VERSION + "; found "
                    + version.describe() + ".", "Collect the campaign again with this trustmap version, or run the"
                    + " quarter with the trustmap that collected it."));
        }
        String campaign = SecretGuard.identifier(text(root, "campaign"));
        String period = SecretGuard.identifier(text(root, "period"));
        LocalDate due = date(root, "due");
        LocalDate collectedOn = date(root, "collectedOn");
        String groupedBy = SecretGuard.text(text(root, "groupedBy"));
        Node identities = map(root, "identities");
        Node answers = map(root, "answers");
        Node workbooks = map(root, "workbooks");
        ReviewResults.Identities sentIdentities = identities == null ? null : new ReviewResults.Identities(
                count(identities, "sent"), count(identities, "answered"), count(identities, "unanswered"),
                count(identities, "rejected"));
        ReviewResults.Answers byKind = answers == null ? null : new ReviewResults.Answers(count(answers, "keep"),
                count(answers, "transfer"), count(answers, "decommission"), count(answers, "notMine"));
        ReviewResults.Workbooks sentWorkbooks = workbooks == null ? null : new ReviewResults.Workbooks(
                count(workbooks, "sent"), count(workbooks, "returned"), count(workbooks, "partly"),
                count(workbooks, "notReturned"));
        List<ReviewResults.NonResponder> nonResponders = nonResponders(root);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new ReviewResults(campaign, period, due, collectedOn, groupedBy, sentIdentities, byKind,
                sentWorkbooks, nonResponders);
    }

    private List<ReviewResults.NonResponder> nonResponders(Node root) {
        Node list = root.entries().get("nonResponders");
        if (list == null) {
            missing(root, "nonResponders", "a list (empty when every workbook came back)");
            return List.of();
        }
        if (!list.isList()) {
            problems.add(new InputProblem(file, list.where(), "expected a list in \"nonResponders\"; found "
                    + list.describe() + ".", FIX));
            return List.of();
        }
        List<ReviewResults.NonResponder> all = new ArrayList<>();
        for (Node item : list.items()) {
            if (!item.isMap()) {
                problems.add(new InputProblem(file, item.where(), "expected {\"recipient\": ..., \"identities\": ...}"
                        + " in \"nonResponders\"; found " + item.describe() + ".", FIX));
                continue;
            }
            all.add(new ReviewResults.NonResponder(SecretGuard.identifier(text(item, "recipient")),
                    count(item, "identities")));
        }
        return all;
    }

    private Node map(Node parent, String name) {
        Node value = parent.entries().get(name);
        if (value == null) {
            missing(parent, name, "an object of counts");
            return null;
        }
        if (!value.isMap()) {
            problems.add(new InputProblem(file, value.where(), "expected an object of counts in \"" + name
                    + "\"; found " + value.describe() + ".", FIX));
            return null;
        }
        return value;
    }

    /** The text as written; the caller guards it as an identifier or as text. */
    private String text(Node parent, String name) {
        Node value = parent.entries().get(name);
        if (value == null || value.isNull() || (value.isScalar() && value.text().isBlank())) {
            missing(parent, name, "a text");
            return null;
        }
        if (!value.isScalar()) {
            problems.add(new InputProblem(file, value.where(), "expected a text in \"" + name + "\"; found "
                    + value.describe() + ".", FIX));
            return null;
        }
        return value.text();
    }

    private LocalDate date(Node parent, String name) {
        String text = text(parent, name);
        if (text == null) {
            return null;
        }
        LocalDate date = DecommissionsReader.date(text);
        if (date == null) {
            problems.add(new InputProblem(file, parent.entries().get(name).where(), "expected a date (YYYY-MM-DD)"
                    + " in \"" + name + "\"; found '" + text + "'.", "Write it as 2026-07-31."));
        }
        return date;
    }

    private int count(Node parent, String name) {
        Node value = parent.entries().get(name);
        if (value == null) {
            missing(parent, name, "a count");
            return 0;
        }
        BigInteger number = value.integer();
        if (number == null || number.signum() < 0 || number.bitLength() > 31) {
            problems.add(new InputProblem(file, value.where(), "expected a count (a whole number, 0 or more) in \""
                    + name + "\"; found " + value.describe() + ".", FIX));
            return 0;
        }
        return number.intValue();
    }

    private void missing(Node parent, String name, String what) {
        problems.add(new InputProblem(file, parent.where(), "\"" + name + "\" is missing; expected " + what + ".",
                FIX));
    }
}
