package dev.trustmap.model.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void givesEveryItemInOrderAcrossManyBatches() {
        List<Integer> source = IntStream.range(0, Prefetch.BATCH * 7 + 3).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        try (Prefetch<Integer> ahead = Prefetch.of(source.iterator(), "test")) {
            ahead.forEachRemaining(seen::add);
        }
        assertThat(seen).isEqualTo(source);
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        try (Prefetch<Integer> ahead = Prefetch.of(List.<Integer>of().iterator(), "test")) {
            assertThat(ahead.hasNext()).isFalse();
            assertThat(ahead.hasNext()).isFalse();
        }
    }

    @Test
    void whatTheSourceThrowsReachesTheConsumerAfterTheItemsBeforeIt() {
        int failAt = Prefetch.BATCH + 10;
        Iterator<Integer> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == failAt) {
                    throw new UncheckedIOException("row 524 is broken", new java.io.IOException("broken"));
                }
                return next++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        try (Prefetch<Integer> ahead = Prefetch.of(failing, "test")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(seen::add)).isInstanceOf(UncheckedIOException.class)
                    .hasMessage("row 524 is broken");
        }
        // the batch that held the failure is lost with it; every whole batch before it was given
        assertThat(seen).isEqualTo(IntStream.range(0, Prefetch.BATCH).boxed().toList());
    }

    @Test
    void closingEarlyStopsTheProducerBeforeItReadsTheWholeSource() {
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return produced.incrementAndGet();
            }
        };
        try (Prefetch<Integer> ahead = Prefetch.of(endless, "test")) {
            assertThat(ahead.next()).isEqualTo(1);
        }
        int atClose = produced.get();
        assertThat(atClose).isLessThanOrEqualTo(Prefetch.BATCH * (Prefetch.AHEAD + 2));
        assertThat(produced.get()).isEqualTo(atClose); // the producer has stopped for good
    }

    @Test
    void forEachWalksAListInMemoryWithoutAThreadAndAReplayedOneAhead() {
        List<String> seenBy = new ArrayList<>();
        Prefetch.forEach(List.of("a", "b"), "test", s -> seenBy.add(s + Thread.currentThread().getName()));
        String caller = Thread.currentThread().getName();
        assertThat(seenBy).containsExactly("a" + caller, "b" + caller);

        List<String> producedOn = new ArrayList<>();
        ReplayedList<String> replayed = new ReplayedList<>() {
            @Override
            public Iterator<String> iterator() {
                return IntStream.range(0, 3).mapToObj(i -> {
                    producedOn.add(Thread.currentThread().getName());
                    return "x" + i;
                }).iterator();
            }

            @Override
            public int size() {
                return 3;
            }
        };
        List<String> items = new ArrayList<>();
        Prefetch.forEach(replayed, "trustmap-test", items::add);
        assertThat(items).containsExactly("x0", "x1", "x2");
        assertThat(producedOn).containsOnly("trustmap-test");
    }
}
