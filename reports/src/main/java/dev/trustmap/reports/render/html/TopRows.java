package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.Rows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The first {@code cap} rows of a table in a given order, chosen in one walk while holding no more than
 * {@code cap} of them: how a page of a few thousand rows is picked from millions.
 */
final class TopRows<T> implements Consumer<T> {

    private final int cap;
    private final Comparator<? super T> order;
    private final PriorityQueue<T> kept;

    TopRows(int cap, Comparator<? super T> order) {
        this.cap = cap;
        this.order = order;
        this.kept = new PriorityQueue<>(Math.min(cap, 1024) + 1, order.reversed());
    }

    static <T> List<T> of(Rows<T> rows, int cap, Comparator<? super T> order) {
        TopRows<T> top = new TopRows<>(cap, order);
        rows.forEach(top);
        return top.rows();
    }

    @Override
    public void accept(T row) {
        if (kept.size() < cap) {
            kept.add(row);
        } else if (order.compare(row, kept.peek()) < 0) {
            kept.poll();
            kept.add(row);
        }
    }

    /** The rows kept, first first. */
    List<T> rows() {
        List<T> rows = new ArrayList<>(kept);
        rows.sort(order);
        return rows;
    }
}
