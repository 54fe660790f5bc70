package dev.trustmap.model.inventory;

import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.util.List;

/** Every identity from every source, merged, with the leaked secrets and what was skipped along the way. */
public record Inventory(Instant asOf, List<SourceSummary> sources, List<Identity> identities,
        List<LeakedSecret> leaks, List<InputProblem> warnings) {

    public Inventory {
        sources = List.copyOf(sources);
        identities = List.copyOf(identities);
        leaks = List.copyOf(leaks);
        warnings = List.copyOf(warnings);
    }

    public int credentialCount() {
        return identities.stream().mapToInt(i -> i.credentials().size()).sum();
    }
}
