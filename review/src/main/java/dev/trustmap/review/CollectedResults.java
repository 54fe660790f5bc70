package dev.trustmap.review;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.trustmap.model.review.ReviewResults.Answers;
import dev.trustmap.model.review.ReviewResults.Identities;
import dev.trustmap.model.review.ReviewResults.NonResponder;
import dev.trustmap.model.review.ReviewResults.Workbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A collected campaign in figures, written to {@code review-results.json} for the next quarter's board: how many
 * identities were answered, by kind, how many workbooks came back (partly answered ones among them), and who
 * returned nothing. The figures are the model's ({@link dev.trustmap.model.review.ReviewResults}), which the next
 * quarter reads back; {@code status} is each workbook's state, for the status report only.
 */
public record CollectedResults(String kind, int version, String campaign, String period, String due,
        String collectedOn, String groupedBy, Identities identities, Answers answers, Workbooks workbooks,
        List<NonResponder> nonResponders, @com.fasterxml.jackson.annotation.JsonIgnore List<WorkbookStatus> status) {

    public static final String KIND = "trustmap-review-results";
    public static final String FILE = "review-results.json";

    /**
     * One workbook's state, for the status report.
     *
     * @param state {@code complete}, {@code partly} or {@code not returned}
     * @param files the returned files read as this workbook
     */
    public record WorkbookStatus(Campaign.Workbook workbook, int answered, int rejected, int unanswered, String state,
            List<String> files) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static CollectedResults of(Campaign campaign, LocalDate collectedOn, Map<String, Answer> used,
            Map<String, Boolean> attempted, Map<String, List<String>> returned, Set<String> withProblems) {
        int[] kinds = new int[AnswerKind.values().length];
        used.values().forEach(a -> kinds[a.kind().ordinal()]++);
        int rejected = (int) withProblems.stream().filter(k -> !used.containsKey(k)
                && attempted.getOrDefault(k, false)).count();
        int sent = campaign.rows().size();
        int[] answeredBy = new int[campaign.workbooks().size()];
        int[] rejectedBy = new int[campaign.workbooks().size()];
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < campaign.workbooks().size(); i++) {
            index.put(campaign.workbooks().get(i).file(), i);
        }
        for (Campaign.Row row : campaign.rows()) {
            int w = index.get(row.workbook());
            if (used.containsKey(row.key())) {
                answeredBy[w]++;
            } else if (withProblems.contains(row.key()) && attempted.getOrDefault(row.key(), false)) {
                rejectedBy[w]++;
            }
        }
        List<WorkbookStatus> status = new ArrayList<>();
        List<NonResponder> silent = new ArrayList<>();
        int back = 0;
        int partly = 0;
        for (int i = 0; i < campaign.workbooks().size(); i++) {
            Campaign.Workbook workbook = campaign.workbooks().get(i);
            List<String> files = returned.getOrDefault(workbook.file(), List.of());
            String state;
            if (files.isEmpty()) {
                state = "not returned";
                silent.add(new NonResponder(workbook.recipient(), workbook.identities()));
            } else {
                back++;
                boolean complete = answeredBy[i] == workbook.identities();
                partly += complete ? 0 : 1;
                state = complete ? "complete" : "partly";
            }
            status.add(new WorkbookStatus(workbook, answeredBy[i], rejectedBy[i],
                    workbook.identities() - answeredBy[i] - rejectedBy[i], state, List.copyOf(files)));
        }
        silent.sort(Comparator.comparingInt(NonResponder::identities).reversed()
                .thenComparing(NonResponder::recipient));
        return new CollectedResults(KIND, 1, campaign.id(), campaign.period(), campaign.due(), collectedOn.toString(),
                campaign.groupedBy(), new Identities(sent, used.size(), sent - used.size() - rejected, rejected),
                new Answers(kinds[AnswerKind.KEEP.ordinal()], kinds[AnswerKind.TRANSFER.ordinal()],
                        kinds[AnswerKind.DECOMMISSION.ordinal()], kinds[AnswerKind.NOT_MINE.ordinal()]),
                new Workbooks(campaign.workbooks().size(), back, partly, campaign.workbooks().size() - back),
                List.copyOf(silent), List.copyOf(status));
    }

    void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            // two-space indents and \n on every system, so the bytes do not depend on where it ran
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            out.write(JSON.writer(printer).writeValueAsBytes(this));
            out.write('\n');
        }
    }
}
