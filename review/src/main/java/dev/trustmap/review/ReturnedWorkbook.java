package dev.trustmap.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A sent workbook answered as its owner would return it; the demo plays the owners with it. */
public final class ReturnedWorkbook {

    private ReturnedWorkbook() {
    }

    /**
     * Writes {@code returned}: the campaign's workbook with {@code answers} (by identity id) typed into its rows,
     * every other cell as sent.
     *
     * @param campaignFolder the folder {@code review send} wrote
     */
    public static void answer(Path campaignFolder, Campaign campaign, Campaign.Workbook workbook,
            Map<String, TypedAnswer> answers, Path returned) throws IOException {
        List<ReviewWorkbook.Line> lines = campaign.rows().stream().filter(r -> r.workbook().equals(workbook.file()))
                .map(r -> new ReviewWorkbook.Line(r.identityId(), r.facts(), r.key(), List.of())).toList();
        ReviewWorkbook.answered(campaignFolder.resolve(ReviewSend.WORKBOOKS).resolve(workbook.file()), returned,
                new ReviewWorkbook.Content(campaign, workbook, lines, List.of()), answers);
    }
}
