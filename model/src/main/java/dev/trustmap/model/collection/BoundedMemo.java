package dev.trustmap.model.collection;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function whose answers are remembered, for one asked the same few questions millions of times (a file's column
 * names come with every one of its values; a label column holds a handful of vocabulary keys). It stops remembering
 * past a bound, so a column whose values are all different cannot grow it without end, and answers the rest each
 * time. Safe across threads.
 *
 * @param <K> the question
 * @param <V> the answer, never null
 */
public final class BoundedMemo<K, V> implements Function<K, V> {

    private final Function<? super K, ? extends V> compute;
    private final int max;
    private final Map<K, V> known = new ConcurrentHashMap<>();

    /** Remembers up to {@code max} answers of {@code compute}, which must not answer null. */
    public BoundedMemo(int max, Function<? super K, ? extends V> compute) {
        this.max = max;
        this.compute = compute;
    }

    @Override
    public V apply(K key) {
        V answer = known.get(key);
        if (answer != null) {
            return answer;
        }
        answer = Objects.requireNonNull(compute.apply(key), "a remembered function answers null");
        if (known.size() < max) {
            known.put(key, answer);
        }
        return answer;
    }
}
