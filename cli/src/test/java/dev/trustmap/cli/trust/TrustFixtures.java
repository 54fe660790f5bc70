package dev.trustmap.cli.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A small inputs folder made of the assessment fixture, for tests that attack what lies around it. */
final class TrustFixtures {

    static final Path FIXTURE = Path.of("../assessment/src/test/resources/dev/trustmap/assessment/fixture");

    private TrustFixtures() {
    }

    static Path inputs(Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : new String[] {"inventory.csv", "gitleaks.json", "control-owners.csv", "people.csv",
            "exceptions.yaml", "attestations.yaml"}) {
            Files.copy(FIXTURE.resolve(name), to.resolve(name));
        }
        return to;
    }

    /** Every file and folder under {@code folder}, relative, sorted; empty when it does not exist. */
    static java.util.List<String> tree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
