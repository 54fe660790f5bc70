package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.Triage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as the operator page lists them: one estate-wide table, chosen and ordered by what must be done
 * first. Every open finding that is critical, overdue or unowned is chosen before any other; the rest of the page
 * is filled in {@link Triage#ORDER}, and the rows are shown in that order. Beside it, each owner's load, the owners
 * with the most overdue and most severe work first.
 *
 * @param listed the findings on the page, most urgent first
 * @param total every finding of the assessment
 * @param mustShow open findings that are critical, overdue or unowned, in the whole assessment
 * @param mustShowListed how many of those the page lists (all of them unless they alone exceed the cap)
 * @param openCritical open critical findings
 * @param overdue open findings past their due date
 * @param unowned open findings nobody owns
 * @param owners each owner's counts, cut at the owner cap
 * @param ownerCount how many owners have findings
 */
public record FindingTriage(List<FindingRow> listed, long total, long mustShow, long mustShowListed,
        long openCritical, long overdue, long unowned, List<OwnerLoad> owners, int ownerCount) {

    /**
     * One owner's findings: open ones by severity, those overdue, those accepted under an exception.
     *
     * @param counts open critical, high, medium, low and unknown severity; then overdue; then accepted
     */
    public record OwnerLoad(String owner, long[] counts) {

        private static final int OVERDUE = 5;
        private static final int ACCEPTED = 6;

        OwnerLoad(String owner) {
            this(owner, new long[7]);
        }

        void add(FindingRow f) {
            if (!Triage.open(f)) {
                counts[ACCEPTED]++;
                return;
            }
            counts[Math.min(Triage.severityRank(f.severity()), 4)]++;
            counts[OVERDUE] += f.daysOverdue() > 0 ? 1 : 0;
        }

        public long critical() {
            return counts[0];
        }

        public long high() {
            return counts[1];
        }

        public long medium() {
            return counts[2];
        }

        public long low() {
            return counts[3];
        }

        public long overdue() {
            return counts[OVERDUE];
        }

        public long accepted() {
            return counts[ACCEPTED];
        }

        public long open() {
            return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        }
    }

    private static final Comparator<FindingRow> CHOICE = Comparator
            .comparingInt((FindingRow f) -> Triage.mustShow(f) ? 0 : 1).thenComparing(Triage.ORDER);

    private static final Comparator<OwnerLoad> BUSIEST = Comparator.comparingLong(OwnerLoad::overdue).reversed()
            .thenComparing(Comparator.comparingLong(OwnerLoad::critical).reversed())
            .thenComparing(Comparator.comparingLong(OwnerLoad::high).reversed())
            .thenComparing(Comparator.comparingLong(OwnerLoad::open).reversed())
            .thenComparing(OwnerLoad::owner);

    static FindingTriage of(OperatorView operator, HtmlLimits limits) {
        TopRows<FindingRow> top = new TopRows<>(limits.findingRows(), CHOICE);
        Map<String, OwnerLoad> owners = new HashMap<>();
        long[] counts = new long[4]; // must show, open critical, overdue, unowned
        operator.findings().forEach(f -> {
            top.accept(f);
            owners.computeIfAbsent(f.owner() == null ? FindingRow.NO_OWNER : f.owner(), OwnerLoad::new).add(f);
            if (Triage.open(f)) {
                counts[0] += Triage.mustShow(f) ? 1 : 0;
                counts[1] += "critical".equals(f.severity()) ? 1 : 0;
                counts[2] += f.daysOverdue() > 0 ? 1 : 0;
                counts[3] += Triage.unowned(f) ? 1 : 0;
            }
        });
        List<FindingRow> chosen = top.rows();
        long mustShowListed = chosen.stream().filter(Triage::mustShow).count();
        List<FindingRow> listed = new ArrayList<>(chosen);
        listed.sort(Triage.ORDER);
        List<OwnerLoad> loads = new ArrayList<>(owners.values());
        loads.sort(BUSIEST);
        return new FindingTriage(List.copyOf(listed), operator.findings().size(), counts[0], mustShowListed,
                counts[1], counts[2], counts[3], List.copyOf(loads.subList(0, Math.min(loads.size(),
                        limits.ownerRows()))), loads.size());
    }

    /** Whether findings were left off the page. */
    public boolean capped() {
        return listed.size() < total;
    }
}
