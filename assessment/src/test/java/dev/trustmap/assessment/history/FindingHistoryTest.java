package dev.trustmap.assessment.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.assessment.Change;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FirstSeenBy;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingHistoryTest {

    private static final Instant Q1 = Instant.parse("2026-03-31T23:59:59Z");
    private static final Instant Q2 = Instant.parse("2026-06-30T23:59:59Z");

    private static Finding finding(String id, Instant firstSeen) {
        return new Finding(id, "LFC-01", new Subject("svc-" + id, null, "machine", null, Subject.IDENTITY, "f line 1"),
                Severity.HIGH, "key age 200 days", "90 days", FindingStatus.OPEN, null, null, firstSeen,
                FirstSeenBy.EVIDENCE, LocalDate.of(2026, 7, 1), 3, Change.PERSISTING, "rotate");
    }

    private static List<Finding> previous(FindingHistory history) {
        List<Finding> out = new ArrayList<>();
        history.previousFindings(out::add);
        return out;
    }

    /** Two quarters read in the order given, both kept. */
    private static FindingHistory history(Instant firstAsOf, List<Finding> first, Instant secondAsOf,
            List<Finding> second) {
        FindingHistory.Builder builder = FindingHistory.builder();
        FindingHistory.Builder.Quarter one = builder.quarter();
        first.forEach(one::add);
        one.keep(firstAsOf);
        FindingHistory.Builder.Quarter two = builder.quarter();
        second.forEach(two::add);
        two.keep(secondAsOf);
        return builder.build();
    }

    @Test
    void theNewestQuarterKeptGivesItsFindingsBackWholeWhicheverOrderTheQuartersWereRead() {
        List<Finding> inQ1 = List.of(finding("a", Q1), finding("b", Q1));
        List<Finding> inQ2 = List.of(finding("c", Q2), finding("a", Q1));

        FindingHistory olderFirst = history(Q1, inQ1, Q2, inQ2);
        FindingHistory newerFirst = history(Q2, inQ2, Q1, inQ1);

        for (FindingHistory history : List.of(olderFirst, newerFirst)) {
            assertThat(previous(history)).containsExactlyElementsOf(inQ2);
            assertThat(history.previousAsOf()).isEqualTo(Q2);
            assertThat(history.seen("b")).isEqualTo(new FindingHistory.Seen(Q1, false));
            assertThat(history.seen("a")).isEqualTo(new FindingHistory.Seen(Q1, true));
        }
    }

    @Test
    void aQuarterDroppedOrReadTwiceAddsNoFindingsAndNoIds() {
        FindingHistory.Builder builder = FindingHistory.builder();
        FindingHistory.Builder.Quarter q2 = builder.quarter();
        q2.add(finding("a", Q2));
        q2.keep(Q2);
        FindingHistory.Builder.Quarter copy = builder.quarter();
        copy.add(finding("x", Q2));
        copy.keep(Q2);
        FindingHistory.Builder.Quarter later = builder.quarter();
        later.add(finding("y", Q2));
        later.drop();

        FindingHistory history = builder.build();
        assertThat(previous(history)).extracting(Finding::id).containsExactly("a");
        assertThat(history.seen("x")).isNull();
        assertThat(history.seen("y")).isNull();
    }

    @Test
    void withNoQuarterKeptThereIsNoHistory() {
        FindingHistory.Builder builder = FindingHistory.builder();
        builder.quarter().drop();

        assertThat(builder.build()).isSameAs(FindingHistory.none());
    }
}
