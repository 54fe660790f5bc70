package dev.trustmap.reports.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Quarters as people name them: {@code 2026-Q3} for any instant from July to September 2026 (UTC). */
public final class Periods {

    private Periods() {
    }

    public static String quarterOf(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
