package dev.trustmap.model.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void answersAsTheFunctionDoesAskingItOncePerKnownQuestionUpToTheBound() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> length = new BoundedMemo<>(2, s -> {
            asked.add(s);
            return s.length();
        });
        assertThat(length.apply("ab")).isEqualTo(2);
        assertThat(length.apply("ab")).isEqualTo(2);
        assertThat(length.apply("abc")).isEqualTo(3);
        assertThat(length.apply("abcd")).isEqualTo(4); // past the bound: answered, not kept
        assertThat(length.apply("abcd")).isEqualTo(4);
        assertThat(length.apply("abc")).isEqualTo(3);
        assertThat(asked).containsExactly("ab", "abc", "abcd", "abcd");
    }
}
