package dev.trustmap.model.collection;

import java.util.AbstractList;
import java.util.Iterator;

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
}
