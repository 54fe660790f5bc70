package dev.trustmap.reports.build;

import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.Histogram;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The two distributions of the operator report, counted from the credential rows. */
final class Histograms {

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private Histograms() {
    }

    /** Token lifetimes (expiry minus creation, or TTL) of active credentials, and those that never expire. */
    static Histogram tokenLifetimes(List<CredentialRow> credentials) {
        String[] labels = {"≤ 1 hour", "≤ 1 day", "≤ 7 days", "≤ 30 days", "≤ 90 days", "≤ 1 year", "> 1 year",
            "no expiry"};
        long[] limits = {HOUR, DAY, 7 * DAY, 30 * DAY, 90 * DAY, 365 * DAY, Long.MAX_VALUE};
        return histogram("Token lifetimes", "credentials", labels, limits, credentials.stream()
                .filter(c -> !Boolean.FALSE.equals(c.active()) && !"federated".equals(c.kind())).toList(),
                c -> c.expiresAt() == null && c.ttlSeconds() == null ? null : c.lifetimeSeconds(), true);
    }

    /** Days since last rotation of active static secrets; those with no date counted apart. */
    static Histogram rotationAges(List<CredentialRow> staticSecrets) {
        String[] labels = {"≤ 30 days", "31–90 days", "91–180 days", "181–365 days", "> 1 year", "unknown"};
        long[] limits = {30, 90, 180, 365, Long.MAX_VALUE};
        return histogram("Static-secret rotation age", "secrets", labels, limits, staticSecrets,
                CredentialRow::ageDays, false);
    }

    /** Values in {@code limits} order; the last label takes nulls (no expiry, unknown). */
    private static Histogram histogram(String title, String unit, String[] labels, long[] limits,
            List<CredentialRow> rows, Function<CredentialRow, Long> value, boolean unknownLifetimeSkipped) {
        int[] counts = new int[labels.length];
        int total = 0;
        for (CredentialRow row : rows) {
            Long v = value.apply(row);
            int bucket;
            if (v == null) {
                if (unknownLifetimeSkipped && (row.expiresAt() != null || row.ttlSeconds() != null)) {
                    continue; // an expiry without a creation date: the lifetime is unknown, not endless
                }
                bucket = labels.length - 1;
            } else {
                bucket = 0;
                while (v > limits[bucket]) {
                    bucket++;
                }
            }
            counts[bucket]++;
            total++;
        }
        List<Histogram.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            buckets.add(new Histogram.Bucket(labels[i], counts[i]));
        }
        return new Histogram(title, unit, buckets, total);
    }
}
