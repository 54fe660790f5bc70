package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.problem.InputProblem;
import java.util.HashSet;
import java.util.Set;

/** Passes a file's leaks to the sink once each: scanners report the same finding twice (trufflehog per chunk). */
final class Leaks {

    private final EvidenceFile file;
    private final ImportSink sink;
    private final Set<String> seen = new HashSet<>();
    private int duplicates;

    Leaks(EvidenceFile file, ImportSink sink) {
        this.file = file;
        this.sink = sink;
    }

    void add(LeakedSecret leak) {
        if (seen.add(leak.id())) {
            sink.leak(leak);
        } else {
            duplicates++;
        }
    }

    void finish() {
        if (duplicates > 0) {
            sink.warning(new InputProblem(file.name(), "", duplicates + " finding" + (duplicates == 1 ? " repeats"
                    : "s repeat") + " an earlier one (same id) and " + (duplicates == 1 ? "was" : "were")
                    + " counted once.", null));
        }
    }
}
