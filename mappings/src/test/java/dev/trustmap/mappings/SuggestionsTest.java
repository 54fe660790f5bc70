package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.text.EditDistance;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsEditsAndStopsPastTheLimit() {
        assertThat(EditDistance.between("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.between("abc", "abc", 0)).isZero();
        assertThat(EditDistance.between("abc", "xyz", 1)).isEqualTo(2);
        assertThat(EditDistance.between("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void suggestsOnlyTheClosestIgnoringCase() {
        List<String> ids = new CatalogControls(CatalogLoader.bundled()).ids();

        assertThat(Suggestions.to("RVK-6", ids, 3)).containsExactly("RVK-06");
        assertThat(Suggestions.to("act-01", ids, 3)).containsExactly("ACT-01");
        assertThat(Suggestions.to("ACT-00", ids, 3)).containsExactly("ACT-01", "ACT-02", "ACT-03");
        assertThat(Suggestions.to("something else", ids, 3)).isEmpty();
    }
}
