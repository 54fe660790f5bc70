package dev.trustmap.reports.model;

import dev.trustmap.model.collection.ReplayedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One of the operator's long tables (findings, identities, credentials): it can be counted and walked as often as a
 * renderer needs, but need not be held. A small report keeps its rows in a list; a large one reads them again from
 * the assessment and the inventory on every walk, so a million identities never sit in memory as rows.
 *
 * @param <T> the row type
 */
public interface Rows<T> {

    /** How many rows a walk gives. */
    long size();

    /** Gives every row to {@code action}, in the table's order. */
    void forEach(Consumer<? super T> action);

    /** Every row in a list: for tests and small tables only, as it holds them all. */
    default List<T> toList() {
        List<T> rows = new ArrayList<>();
        forEach(rows::add);
        return rows;
    }

    /** The rows of a list: held, or read back on each walk when the list is a {@link ReplayedList}. */
    static <T> Rows<T> of(List<T> rows) {
        if (rows instanceof ReplayedList<T> replayed) {
            return replayed(replayed.size(), action -> replayed.forEach(action::accept));
        }
        List<T> held = List.copyOf(rows);
        return new Rows<>() {
            @Override
            public long size() {
                return held.size();
            }

            @Override
            public void forEach(Consumer<? super T> action) {
                held.forEach(action);
            }

            @Override
            public List<T> toList() {
                return held;
            }
        };
    }

    /**
     * Rows produced afresh by {@code source} on each walk.
     *
     * @param size how many rows each walk gives, counted beforehand
     */
    static <T> Rows<T> replayed(long size, Consumer<Consumer<? super T>> source) {
        return new Rows<>() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public void forEach(Consumer<? super T> action) {
                source.accept(action);
            }
        };
    }
}
