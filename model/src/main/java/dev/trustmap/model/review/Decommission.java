package dev.trustmap.model.review;

import java.time.LocalDate;

/**
 * An identity its owner promised to switch off by a date, one row of {@code decommissions.csv}.
 *
 * @param file the list as the user named it, and {@code line} the row's line in it: for warnings about the row
 * @param answeredBy who gave the answer in the review (the owner, or a programme owner)
 * @param source where the promise was made, e.g. the campaign and the workbook cell
 */
public record Decommission(String identityId, String identityName, LocalDate on, String owner, String answeredBy,
        String reason, String source, String file, long line) {
}
