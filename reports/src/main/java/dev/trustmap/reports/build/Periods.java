package dev.trustmap.reports.build;

import dev.trustmap.model.period.Quarter;
import java.time.Instant;

/** Quarters as people name them: {@code 2026-Q3} for any instant from July to September 2026 (UTC). */
public final class Periods {

    private Periods() {
    }

    public static String quarterOf(Instant instant) {
        return Quarter.of(instant).toString();
    }
}
