package dev.trustmap.model.collection;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A list whose elements are produced afresh on every walk (read back from a temporary file, say) instead of being
 * held: a million identities or findings can then be walked as often as needed in bounded memory. Iterate it;
 * {@link #get} walks from the start, so index into it only when it is small. Records of the model keep such a list
 * as it is instead of copying it.
 *
 * @param <T> the element type
 */
public abstract class ReplayedList<T> extends AbstractList<T> {

    @Override
    public abstract Iterator<T> iterator();

    @Override
    public T get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        Iterator<T> walk = iterator();
        for (int i = 0; i < index; i++) {
            walk.next();
        }
        return walk.next();
    }

    /**
     * Each element of {@code source} changed by {@code change}: a replayed list stays replayed, changing each
     * element as a walk reaches it; any other list is changed at once.
     */
    public static <T> List<T> mapped(List<T> source, UnaryOperator<T> change) {
        if (!(source instanceof ReplayedList<T> replayed)) {
            return source.stream().map(change).toList();
        }
        return new ReplayedList<>() {
            @Override
            public Iterator<T> iterator() {
                Iterator<T> walk = replayed.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return walk.hasNext();
                    }

                    @Override
                    public T next() {
                        return change.apply(walk.next());
                    }
                };
            }

            @Override
            public int size() {
                return replayed.size();
            }
        };
    }
}
