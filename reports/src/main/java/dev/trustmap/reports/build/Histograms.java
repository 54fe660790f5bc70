package dev.trustmap.reports.build;

import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.Histogram;
import java.util.ArrayList;
import java.util.List;

/**
 * The two distributions of the operator report, counted from the credential rows one at a time as the inventory is
 * walked, so no list of rows is needed.
 */
final class Histograms {

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private static final String[] LIFETIME_LABELS = {"≤ 1 hour", "≤ 1 day", "≤ 7 days", "≤ 30 days", "≤ 90 days",
        "≤ 1 year", "> 1 year", "no expiry"};
    private static final long[] LIFETIME_LIMITS = {HOUR, DAY, 7 * DAY, 30 * DAY, 90 * DAY, 365 * DAY,
        Long.MAX_VALUE};
    private static final String[] AGE_LABELS = {"≤ 30 days", "31–90 days", "91–180 days", "181–365 days",
        "> 1 year", "unknown"};
    private static final long[] AGE_LIMITS = {30, 90, 180, 365, Long.MAX_VALUE};

    private final int[] lifetimes = new int[LIFETIME_LABELS.length];
    private final int[] ages = new int[AGE_LABELS.length];
    private int lifetimeTotal;
    private int ageTotal;

    /**
     * Counts a credential: its token lifetime (expiry minus creation, or TTL) when active and not federated, and
     * its days since rotation when it is an active, user-managed static secret.
     */
    void add(CredentialRow row, boolean rotatableStaticSecret) {
        if (!Boolean.FALSE.equals(row.active()) && !"federated".equals(row.kind())) {
            Long lifetime = row.expiresAt() == null && row.ttlSeconds() == null ? null : row.lifetimeSeconds();
            // an expiry without a creation date: the lifetime is unknown, not endless, and is left out
            if (lifetime != null || row.expiresAt() == null && row.ttlSeconds() == null) {
                lifetimes[bucket(lifetime, LIFETIME_LIMITS, LIFETIME_LABELS.length)]++;
                lifetimeTotal++;
            }
        }
        if (rotatableStaticSecret) {
            ages[bucket(row.ageDays(), AGE_LIMITS, AGE_LABELS.length)]++;
            ageTotal++;
        }
    }

    /** Token lifetimes of active credentials, and those that never expire. */
    Histogram tokenLifetimes() {
        return histogram("Token lifetimes", "credentials", LIFETIME_LABELS, lifetimes, lifetimeTotal);
    }

    /** Days since last rotation of active static secrets; those with no date counted apart. */
    Histogram rotationAges() {
        return histogram("Static-secret rotation age", "secrets", AGE_LABELS, ages, ageTotal);
    }

    /** The bucket whose limit the value does not pass; the last bucket takes nulls (no expiry, unknown). */
    private static int bucket(Long value, long[] limits, int buckets) {
        if (value == null) {
            return buckets - 1;
        }
        int bucket = 0;
        while (value > limits[bucket]) {
            bucket++;
        }
        return bucket;
    }

    private static Histogram histogram(String title, String unit, String[] labels, int[] counts, int total) {
        List<Histogram.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            buckets.add(new Histogram.Bucket(labels[i], counts[i]));
        }
        return new Histogram(title, unit, buckets, total);
    }
}
