package dev.trustmap.model.inventory;

import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.util.List;

/**
 * Every identity from every source, merged, with the leaked secrets and what was skipped along the way.
 *
 * @param identities sorted by id; a large inventory's identities are a {@link ReplayedList} read back from a
 *     temporary file on each walk, so iterate them rather than index into them
 */
public record Inventory(Instant asOf, List<SourceSummary> sources, List<Identity> identities,
        List<LeakedSecret> leaks, List<InputProblem> warnings) {

    public Inventory {
        sources = List.copyOf(sources);
        identities = identities instanceof ReplayedList ? identities : List.copyOf(identities);
        leaks = List.copyOf(leaks);
        warnings = List.copyOf(warnings);
    }

    public int credentialCount() {
        return identities.stream().mapToInt(i -> i.credentials().size()).sum();
    }
}
