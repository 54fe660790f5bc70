package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.FindingGroup;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.OperatorView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as the operator page lays them out: one section per owner, one block per severity under it, in the
 * order of {@code operator.groups}, each block holding its findings in model order. When capped, each block holds
 * only its first rows and the page as a whole at most {@link HtmlLimits#tableCap()} of them.
 */
public final class FindingSections {

    /** An owner and their severity blocks. */
    public record OwnerSection(String owner, List<SeverityBlock> blocks) {
    }

    /**
     * A group's counts from the model, the rows shown, and how many of its rows the page leaves out.
     *
     * @param omitted rows of this group not on the page (0 unless capped)
     */
    public record SeverityBlock(FindingGroup group, List<FindingRow> rows, int omitted) {
    }

    private FindingSections() {
    }

    static List<OwnerSection> of(OperatorView operator, boolean capped, HtmlLimits limits) {
        Map<String, List<FindingRow>> rows = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        operator.findings().forEach(f -> {
            String key = key(f.owner(), f.severity());
            int seen = counts.merge(key, 1, Integer::sum);
            if (!capped || seen <= limits.rowsPerGroup()) {
                rows.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        });
        int budget = capped ? limits.tableCap() : Integer.MAX_VALUE;
        List<OwnerSection> sections = new ArrayList<>();
        List<SeverityBlock> blocks = null;
        String owner = null;
        for (FindingGroup g : operator.groups()) {
            if (blocks == null || !g.owner().equals(owner)) {
                owner = g.owner();
                blocks = new ArrayList<>();
                sections.add(new OwnerSection(owner, blocks));
            }
            String key = key(g.owner(), g.severity());
            List<FindingRow> shown = rows.getOrDefault(key, List.of());
            if (shown.size() > budget) {
                shown = shown.subList(0, budget);
            }
            budget -= shown.size();
            blocks.add(new SeverityBlock(g, shown, counts.getOrDefault(key, 0) - shown.size()));
        }
        return sections;
    }

    private static String key(String owner, String severity) {
        return owner + '\u001f' + severity;
    }
}
