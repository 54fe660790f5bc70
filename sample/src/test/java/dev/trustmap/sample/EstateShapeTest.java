package dev.trustmap.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EstateShapeTest {

    private static int total(EstateShape s) {
        return s.aws() + s.gcp() + s.azure() + s.kubernetes() + s.github() + s.vault() + s.certificates()
                + s.agents() + s.secretsManager() + s.keyVault() + s.spire() + s.openai() + s.anthropic() + s.mcp()
                + s.inventory();
    }

    @Test
    void atDemoSizeEveryFormatHasItsShare() {
        EstateShape s = EstateShape.of(3_000);
        assertThat(new int[] {s.aws(), s.gcp(), s.azure(), s.kubernetes(), s.github(), s.vault(), s.certificates(),
            s.agents(), s.secretsManager(), s.keyVault(), s.spire(), s.openai(), s.anthropic(), s.mcp(), s.inventory()})
                .containsExactly(300, 270, 210, 300, 120, 150, 150, 30, 60, 45, 60, 60, 30, 6, 1_209);
    }

    @Test
    void atAMillionTheInventorySheetHoldsNearlyEveryIdentityAndTheExportsStopAtTheirCaps() {
        EstateShape s = EstateShape.of(1_000_000);
        assertThat(new int[] {s.aws(), s.gcp(), s.azure(), s.kubernetes(), s.github(), s.vault(), s.certificates()})
                .containsExactly(5_000, 4_000, 3_000, 5_000, 2_000, 2_739, 600);
        assertThat(new int[] {s.agents(), s.secretsManager(), s.keyVault(), s.spire()})
                .containsExactly(500, 1_000, 822, 1_095);
        assertThat(new int[] {s.openai(), s.anthropic(), s.mcp()}).containsExactly(400, 200, 6);
        assertThat(s.inventory()).isEqualTo(973_638);
        assertThat(EstateShape.of(10_000).inventory()).isEqualTo(6_733);
    }

    @Test
    void theFormatsAddUpToTheEstateAtEverySize() {
        for (int n : new int[] {100, 101, 999, 3_000, 3_001, 10_000, 123_457, 1_000_000, 10_000_000}) {
            EstateShape s = EstateShape.of(n);
            assertThat(total(s)).as("n=%d", n).isEqualTo(n);
            assertThat(s.certificates()).isGreaterThanOrEqualTo(3);
            assertThat(s.secretsManager()).isGreaterThanOrEqualTo(3);
            assertThat(s.keyVault()).isGreaterThanOrEqualTo(2);
            assertThat(s.spire()).isGreaterThanOrEqualTo(2);
            assertThat(s.inventory()).isPositive();
        }
    }

    @Test
    void sizesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> EstateShape.of(99)).hasMessage("identities must be 100 to 10000000, not 99");
        assertThatThrownBy(() -> EstateShape.of(10_000_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
