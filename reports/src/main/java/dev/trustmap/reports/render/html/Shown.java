package dev.trustmap.reports.render.html;

import java.util.List;

/**
 * The rows of a list that a page shows: the first {@code cap}, with how many the model holds.
 *
 * @param total the size of the list in the model
 * @param truncated whether rows were left out of the page
 */
public record Shown<T>(List<T> rows, int total, boolean truncated) {

    static <T> Shown<T> of(List<T> rows, int cap) {
        return rows.size() <= cap ? new Shown<>(rows, rows.size(), false)
                : new Shown<>(rows.subList(0, cap), rows.size(), true);
    }
}
