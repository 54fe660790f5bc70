package dev.trustmap.assessment.policy;

import dev.trustmap.evidence.sheet.ControlDirectory;
import dev.trustmap.evidence.sheet.Nearest;
import java.util.ArrayList;
import java.util.List;

/** The bundled catalog's control ids (ACT, LFC, AXS, RVK 01..06; DLG 01..05), as the CLI would give them. */
final class TestControls implements ControlDirectory {

    static final TestControls CATALOG = new TestControls();

    private final List<String> ids = new ArrayList<>();

    private TestControls() {
        for (String prefix : List.of("ACT", "LFC", "AXS", "DLG", "RVK")) {
            for (int i = 1; i <= (prefix.equals("DLG") ? 5 : 6); i++) {
                ids.add(String.format("%s-%02d", prefix, i));
            }
        }
    }

    @Override
    public boolean exists(String id) {
        return ids.contains(id);
    }

    @Override
    public List<String> nearest(String id, int limit) {
        return Nearest.to(id, ids, limit);
    }

    @Override
    public List<String> ids() {
        return List.copyOf(ids);
    }
}
