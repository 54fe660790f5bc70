package dev.trustmap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each writer draws its random numbers from the stream of its own part number. Two writers on one number would draw
 * the same numbers for their i-th item, so that, say, the i-th secret and the i-th agent are alike by construction.
 */
class RandomPartsTest {

    private static final Pattern PART = Pattern.compile("static final long PART = (\\d+);");

    @Test
    void everyWriterHasAPartNumberOfItsOwn() throws IOException {
        Map<String, String> owners = new HashMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/trustmap/sample"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            Matcher m = PART.matcher(Files.readString(source));
            if (m.find()) {
                String previous = owners.putIfAbsent(m.group(1), source.getFileName().toString());
                assertThat(previous).as("part " + m.group(1) + " of " + source.getFileName()).isNull();
            }
        }
        assertThat(owners).hasSizeGreaterThan(15);
    }
}
