package dev.trustmap.model.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SortedRunsTest {

    /** A key to sort by and a tag saying which run it came in, so ties can be told apart. */
    private record Item(int key, String tag) {
    }

    private static final SortedRuns.Codec<Item> CODEC = new SortedRuns.Codec<>() {
        @Override
        public void write(DataOutputStream out, Item item) throws IOException {
            out.writeInt(item.key());
            out.writeUTF(item.tag());
        }

        @Override
        public Item read(DataInputStream in) throws IOException {
            return new Item(in.readInt(), in.readUTF());
        }
    };

    private static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

    @Test
    void equalKeysComeOutInTheOrderTheirRunsWereWrittenEvenAfterGroupsAreMergedFirst() throws IOException {
        SpillFolder folder = new SpillFolder("trustmap-test-", "the test");
        SortedRuns<Item> runs = new SortedRuns<>(folder, "items", BY_KEY, CODEC, 3);
        // ten runs, each holding keys 0..2 tagged with the run's number: with a fan-in of 3 they are merged in
        // two passes (10 -> 4 -> 2) before the last merge
        for (int run = 0; run < 10; run++) {
            List<Item> items = new ArrayList<>();
            for (int key = 0; key < 3; key++) {
                items.add(new Item(key, "r" + run));
            }
            runs.write(items);
        }
        List<Item> newest = List.of(new Item(1, "held"));

        List<Item> out = new ArrayList<>();
        try (SortedRuns.Merge<Item> merge = runs.merge(newest.iterator(), true)) {
            merge.forEachRemaining(out::add);
        }

        List<Item> expected = new ArrayList<>();
        for (int key = 0; key < 3; key++) {
            for (int run = 0; run < 10; run++) {
                expected.add(new Item(key, "r" + run));
            }
            if (key == 1) {
                expected.add(new Item(1, "held"));
            }
        }
        assertThat(out).containsExactlyElementsOf(expected);
        assertThat(filesIn(folder)).as("every run, and every longer run made from them, is deleted once read")
                .isEmpty();
    }

    @Test
    void aMergeThatDoesNotConsumeCanBeWalkedAgainWithTheSameResult() throws IOException {
        SpillFolder folder = new SpillFolder("trustmap-test-", "the test");
        SortedRuns<Item> runs = new SortedRuns<>(folder, "items", BY_KEY, CODEC, 2);
        runs.write(List.of(new Item(2, "a"), new Item(5, "a")));
        runs.write(List.of(new Item(1, "b"), new Item(5, "b")));
        runs.write(List.of(new Item(3, "c")));

        List<Item> first = walk(runs);
        List<Item> second = walk(runs);

        assertThat(first).containsExactly(new Item(1, "b"), new Item(2, "a"), new Item(3, "c"), new Item(5, "a"),
                new Item(5, "b"));
        assertThat(second).isEqualTo(first);
        assertThat(filesIn(folder)).as("three runs over a fan-in of two: the first two became one").hasSize(2);
    }

    @Test
    void nothingWrittenMeansNoFileAndAnEmptyMerge() {
        SpillFolder folder = new SpillFolder("trustmap-test-", "the test");
        SortedRuns<Item> runs = new SortedRuns<>(folder, "items", BY_KEY, CODEC);
        runs.write(List.of());

        assertThat(runs.any()).isFalse();
        assertThat(folder.used()).isFalse();
        try (SortedRuns.Merge<Item> merge = runs.merge(Collections.emptyIterator(), true)) {
            assertThat(merge.hasNext()).isFalse();
        }
    }

    private static List<Item> walk(SortedRuns<Item> runs) {
        List<Item> out = new ArrayList<>();
        try (SortedRuns.Merge<Item> merge = runs.merge(Collections.emptyIterator(), false)) {
            merge.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<Path> filesIn(SpillFolder folder) throws IOException {
        Path dir = folder.newFile("probe").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("probe")).toList();
        }
    }
}
