package dev.trustmap.evidence.sheet;

import java.util.ArrayList;
import java.util.List;

/** The catalog's control ids ACT-01..RVK-06, as the CLI's ControlDirectory would give them. */
final class FakeControls implements ControlDirectory {

    private final List<String> ids;

    FakeControls(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    /** ACT, LFC, AXS, RVK 01..06 and DLG 01..05: the bundled catalog's 29 controls. */
    static FakeControls catalog() {
        List<String> ids = new ArrayList<>();
        for (String prefix : List.of("ACT", "LFC", "AXS", "DLG", "RVK")) {
            for (int i = 1; i <= (prefix.equals("DLG") ? 5 : 6); i++) {
                ids.add(String.format("%s-%02d", prefix, i));
            }
        }
        return new FakeControls(ids);
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
        return ids;
    }
}
