package dev.trustmap.assessment;

import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.Maturity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme's maturity stage: the highest stage whose control group, and every group before it, is met.
 * Stage 1 inventory, 2 ownership, 3 rotation and expiry, 4 runtime policy and delegation (docs/methodology.md).
 */
final class MaturityRule {

    private record Stage(String name, List<String> controls) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("inventory", List.of("ACT-01")),
            new Stage("ownership", List.of("ACT-02", "ACT-03", "ACT-06")),
            new Stage("rotation and expiry", List.of("LFC-01", "LFC-02", "LFC-05", "LFC-06", "RVK-01")),
            new Stage("runtime policy and delegation", List.of("LFC-03", "AXS-04", "AXS-05", "DLG-01", "DLG-02",
                    "DLG-03", "DLG-04")));

    private MaturityRule() {
    }

    static Maturity of(List<ControlResult> results) {
        Map<String, ControlStatus> status = new HashMap<>();
        results.forEach(r -> status.put(r.id(), r.status()));
        int stage = 0;
        for (Stage s : STAGES) {
            // a control the catalog does not hold (an overlay removed it) does not hold the programme back
            boolean met = s.controls().stream()
                    .allMatch(id -> !status.containsKey(id) || status.get(id) == ControlStatus.MET);
            if (!met) {
                break;
            }
            stage++;
        }
        String name = stage == 0 ? "not started" : STAGES.get(stage - 1).name();
        List<String> next = stage == STAGES.size() ? List.of() : STAGES.get(stage).controls().stream()
                .filter(id -> status.containsKey(id) && status.get(id) != ControlStatus.MET)
                .toList();
        return new Maturity(stage, name, next);
    }
}
