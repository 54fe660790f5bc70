package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.Histogram;
import java.util.ArrayList;
import java.util.List;

/** Where a histogram's bars go; the counts drawn are the model's. {@code empty} when nothing was counted. */
public record BarChart(String title, String unit, int width, int height, double baseline, List<Bar> bars,
        int total, boolean empty) {

    static final int WIDTH = 640;
    static final int HEIGHT = 210;
    private static final double SIDE = 10;
    private static final double TOP = 18;
    private static final double BOTTOM = 34;

    /** One bar: its box, where its label is centred, the bucket label and its count. */
    public record Bar(double x, double y, double width, double height, double centre, String label, int count) {
    }

    static BarChart of(Histogram histogram) {
        if (histogram == null) {
            return null;
        }
        List<Histogram.Bucket> buckets = histogram.buckets();
        int max = buckets.stream().mapToInt(Histogram.Bucket::count).max().orElse(0);
        double baseline = HEIGHT - BOTTOM;
        double slot = buckets.isEmpty() ? 0 : (WIDTH - 2 * SIDE) / buckets.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Histogram.Bucket b = buckets.get(i);
            double h = max == 0 ? 0 : (baseline - TOP) * b.count() / max;
            double x = SIDE + slot * i + slot * 0.15;
            bars.add(new Bar(ChartStyle.px(x), ChartStyle.px(baseline - h), ChartStyle.px(slot * 0.7),
                    ChartStyle.px(h), ChartStyle.px(SIDE + slot * i + slot / 2), b.label(), b.count()));
        }
        return new BarChart(histogram.title(), histogram.unit(), WIDTH, HEIGHT, baseline, bars, histogram.total(),
                max == 0);
    }
}
