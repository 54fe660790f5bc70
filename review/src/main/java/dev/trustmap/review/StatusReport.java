package dev.trustmap.review;

import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.model.text.Markup;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign's status for the people running it: {@code review-status.html} (what came back, what is missing,
 * which answers to correct), and the same as CSV in full: {@code review-status.csv} per workbook,
 * {@code unanswered.csv} per identity, {@code problems.csv} per answer that could not be used.
 */
final class StatusReport {

    /** Rows a table of the HTML page shows; the CSV files hold all. */
    static final int SHOWN = 500;

    private StatusReport() {
    }

    static void write(Path folder, Campaign campaign, CollectedResults results, Map<String, Answer> used,
            List<AnswerProblem> problems) throws IOException {
        List<CollectedResults.WorkbookStatus> workbooks = new ArrayList<>(results.status());
        workbooks.sort(Comparator.comparingInt((CollectedResults.WorkbookStatus s) -> order(s.state()))
                .thenComparing(Comparator.comparingInt(CollectedResults.WorkbookStatus::unanswered).reversed())
                .thenComparing(s -> s.workbook().recipient()));
        CsvFiles.write(folder.resolve("review-status.csv"), List.of("recipient", "file", "programme", "identities",
                "answered", "rejected", "unanswered", "state", "returned_files"), workbooks.stream().map(s ->
                List.<Object>of(s.workbook().recipient(), s.workbook().file(), s.workbook().programme(),
                        s.workbook().identities(), s.answered(), s.rejected(), s.unanswered(), s.state(),
                        String.join(" ", s.files()))).toList());
        Map<String, String> problemKeys = new HashMap<>();
        problems.forEach(p -> {
            if (p.identityId() != null) {
                problemKeys.putIfAbsent(p.workbook() + "\n" + p.identityId(), p.message());
            }
        });
        Map<String, CollectedResults.WorkbookStatus> byFile = new HashMap<>();
        results.status().forEach(s -> byFile.put(s.workbook().file(), s));
        List<List<Object>> unanswered = new ArrayList<>();
        for (Campaign.Row row : campaign.rows()) {
            if (used.containsKey(row.key())) {
                continue;
            }
            CollectedResults.WorkbookStatus status = byFile.get(row.workbook());
            String why = status.files().isEmpty() ? "workbook not returned"
                    : problemKeys.getOrDefault(row.workbook() + "\n" + row.identityId(), "row not returned");
            unanswered.add(List.of(row.identityId(), row.facts().get(0), row.workbook(),
                    status.workbook().recipient(), why));
        }
        CsvFiles.write(folder.resolve("unanswered.csv"), List.of("identity_id", "identity_name", "workbook",
                "recipient", "why"), unanswered);
        CsvFiles.write(folder.resolve("problems.csv"), List.of("file", "where", "identity_id", "workbook", "problem",
                "what_to_do"), problems.stream().map(p -> List.<Object>of(p.file(), p.where(),
                p.identityId() == null ? "" : p.identityId(), p.workbook() == null ? "" : p.workbook(), p.message(),
                p.fix() == null ? "" : p.fix())).toList());
        try (Writer out = Files.newBufferedWriter(folder.resolve("review-status.html"), StandardCharsets.UTF_8)) {
            out.write(html(campaign, results, workbooks, unanswered, problems));
        }
    }

    private static int order(String state) {
        return switch (state) {
            case "not returned" -> 0;
            case "partly" -> 1;
            default -> 2;
        };
    }

    private static String html(Campaign campaign, CollectedResults r, List<CollectedResults.WorkbookStatus> workbooks,
            List<List<Object>> unanswered, List<AnswerProblem> problems) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = "Owner review " + campaign.period() + ": status on " + r.collectedOn();
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Campaign ")
                .append(esc(campaign.id())).append(", made from ").append(esc(campaign.source().pack()))
                .append(" (facts as of ").append(esc(campaign.asOf().substring(0, 10))).append("), answers due ")
                .append(esc(campaign.due())).append(", grouped by ").append(esc(campaign.groupedBy()))
                .append(".</p>\n<div class=\"tiles\">\n");
        ReviewResults.Identities i = r.identities();
        tile(h, number(i.answered()) + " of " + number(i.sent()), "identities answered ("
                + percent(i.answered(), i.sent()) + ")");
        tile(h, number(i.unanswered()), "unanswered");
        tile(h, number(i.rejected()), "answers to correct");
        ReviewResults.Workbooks w = r.workbooks();
        tile(h, number(w.returned()) + " of " + number(w.sent()), "workbooks returned (" + number(w.partly())
                + " partly answered)");
        h.append("</div>\n<h2>Answers</h2>\n<table class=\"cards\"><thead><tr>");
        ReviewResults.Answers a = r.answers();
        List<String> kinds = AnswerKind.words();
        kinds.forEach(k -> h.append("<th class=\"n\">").append(esc(k)).append("</th>"));
        h.append("</tr></thead><tbody><tr>");
        int[] counts = {a.keep(), a.transfer(), a.decommission(), a.notMine()};
        for (int k = 0; k < counts.length; k++) {
            h.append("<td class=\"n\" data-label=\"").append(esc(kinds.get(k))).append("\">").append(number(counts[k]))
                    .append("</td>");
        }
        h.append("</tr></tbody></table>\n");
        section(h, "Who has not returned their workbook", r.nonResponders().size(), "review-status.csv",
                List.of("Recipient", "Identities"), r.nonResponders().stream().map(n -> List.<Object>of(n.recipient(),
                        n.identities())).toList());
        // the rows returned blank are listed with the unanswered identities below, not as answers to correct
        List<AnswerProblem> toCorrect = problems.stream().filter(p -> !p.unanswered()).toList();
        section(h, "What to correct", toCorrect.size(), "problems.csv", List.of("File", "Where", "Identity",
                "Problem", "What to do"), toCorrect.stream().map(p -> List.<Object>of(p.file(), p.where(),
                p.identityId() == null ? "" : p.identityId(), p.message(), p.fix() == null ? "" : p.fix())).toList());
        section(h, "Workbooks", workbooks.size(), "review-status.csv", List.of("Recipient", "Identities",
                "Answered", "To correct", "Unanswered", "State"), workbooks.stream().map(s -> List.<Object>of(
                s.workbook().recipient(), s.workbook().identities(), s.answered(), s.rejected(), s.unanswered(),
                s.state())).toList());
        section(h, "Identities still unanswered", unanswered.size(), "unanswered.csv", List.of("Identity id",
                "Identity", "Workbook", "Recipient", "Why"), unanswered);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void tile(StringBuilder h, String figure, String label) {
        h.append("<div class=\"tile\"><div class=\"figure\">").append(esc(figure)).append("</div><div>")
                .append(esc(label)).append("</div></div>\n");
    }

    private static void section(StringBuilder h, String title, int count, String csv, List<String> headers,
            List<List<Object>> rows) {
        h.append("<h2>").append(esc(title)).append(" (").append(number(count)).append(")</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        if (rows.size() > SHOWN) {
            h.append("<p class=\"meta\">The first ").append(number(SHOWN)).append(" are listed; ")
                    .append(esc(csv)).append(" holds all ").append(number(rows.size())).append(".</p>\n");
        }
        h.append("<table class=\"cards\"><thead><tr>");
        headers.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (List<Object> row : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                h.append(value instanceof Integer ? "<td class=\"n\" data-label=\"" : "<td data-label=\"")
                        .append(esc(headers.get(c))).append("\">")
                        .append(value instanceof Integer n ? number(n) : esc(String.valueOf(value))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0 %" : Math.round(100.0 * part / whole) + " %";
    }

    private static String esc(String text) {
        return Markup.escape(text);
    }

    private static final String CSS = """
            body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0; color: #1f2933; }
            main { max-width: 1200px; margin: 0 auto; padding: 16px; }
            h1 { font-size: 1.5rem; margin: 0 0 4px; }
            h2 { font-size: 1.15rem; margin: 28px 0 8px; }
            .meta { color: #52606d; font-size: 0.9rem; }
            .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px;
                     margin: 16px 0; }
            .tile { border: 1px solid #d9e2ec; border-radius: 6px; padding: 12px; }
            .figure { font-size: 1.6rem; font-weight: 600; white-space: nowrap; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
            th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top;
                     overflow-wrap: anywhere; }
            th { background: #f0f4f8; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            @media screen and (max-width: 640px) {
              table.cards thead { display: none; }
              table.cards tr { display: block; border: 1px solid #d9e2ec; border-radius: 6px; margin: 0 0 10px;
                               padding: 6px 8px; }
              table.cards td { display: flex; justify-content: space-between; gap: 12px; border: 0; padding: 3px 0;
                               text-align: right; }
              table.cards td::before { content: attr(data-label); font-weight: 600; text-align: left; }
            }
            """;
}
