package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.Rows;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a list that a page shows: the first {@code cap}, with how many the model holds.
 *
 * @param total the size of the list in the model
 * @param truncated whether rows were left out of the page
 */
public record Shown<T>(List<T> rows, int total, boolean truncated) {

    /** The first {@code cap} rows of a long table, walked no further than needed to count it. */
    static <T> Shown<T> of(Rows<T> rows, int cap) {
        List<T> first = new ArrayList<>();
        rows.forEach(r -> {
            if (first.size() < cap) {
                first.add(r);
            }
        });
        return new Shown<>(first, (int) Math.min(Integer.MAX_VALUE, rows.size()), rows.size() > cap);
    }

    static <T> Shown<T> of(List<T> rows, int cap) {
        return rows.size() <= cap ? new Shown<>(rows, rows.size(), false)
                : new Shown<>(rows.subList(0, cap), rows.size(), true);
    }
}
