package dev.trustmap.reports.model;

import java.util.List;

/** Counts in ordered buckets, for a chart; {@code total} is their sum. */
public record Histogram(String title, String unit, List<Bucket> buckets, int total) {

    /** One bucket: its label and how many fall in it. */
    public record Bucket(String label, int count) {
    }
}
