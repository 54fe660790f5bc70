package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.TrendPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the trend chart's lines go: one series per domain over the quarters, on a 0–100 scale. Geometry only;
 * the values drawn are the model's scores, and a quarter with no score breaks the line rather than inventing one.
 */
public record LineChart(int width, int height, double plotLeft, double plotRight, double plotTop,
        double plotBottom, List<Tick> yTicks, List<Tick> xTicks, List<Series> series) {

    static final int WIDTH = 680;
    static final int HEIGHT = 260;
    private static final double LEFT = 40;
    private static final double RIGHT = 190;
    private static final double TOP = 14;
    private static final double BOTTOM = 30;
    private static final double LABEL_GAP = 14;
    private static final double KEY_GAP = 10;
    private static final double KEY_LENGTH = 22;

    /** An axis tick: its position (x or y, by axis) and its label. */
    public record Tick(double at, String label) {
    }

    /** A point of a series: where it is drawn, and the quarter and score it stands for. */
    public record Marker(double x, double y, String period, Double value) {
    }

    /**
     * A domain's line: unbroken runs of points as SVG {@code points} lists, the markers, and its key at the right:
     * a short stretch of its line from {@code keyX1} to {@code keyX2}, then its label at {@code labelX}, all at
     * {@code labelY} (null when no quarter was scored), next to the last scored quarter.
     */
    public record Series(String name, String colour, String dash, List<String> segments, List<Marker> markers,
            double keyX1, double keyX2, double labelX, Double labelY, Double lastValue) {
    }

    /** Null when there is no trend: one quarter is not a trend, and the chart is left out. */
    static LineChart of(List<TrendPoint> trend) {
        if (trend == null || trend.isEmpty()) {
            return null;
        }
        double plotRight = WIDTH - RIGHT;
        double plotBottom = HEIGHT - BOTTOM;
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            yTicks.add(new Tick(y(v, plotBottom), Integer.toString(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            xTicks.add(new Tick(x(i, trend.size(), plotRight), trend.get(i).period()));
        }
        Set<String> domains = new LinkedHashSet<>();
        trend.forEach(p -> domains.addAll(p.domainScores().keySet()));
        List<Series> series = new ArrayList<>();
        int index = 0;
        for (String domain : domains) {
            series.add(series(domain, index++, trend, plotRight, plotBottom));
        }
        return new LineChart(WIDTH, HEIGHT, LEFT, plotRight, TOP, plotBottom, yTicks, xTicks,
                spreadLabels(series, plotBottom));
    }

    private static Series series(String domain, int index, List<TrendPoint> trend, double plotRight,
            double plotBottom) {
        List<String> segments = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Marker last = null;
        for (int i = 0; i < trend.size(); i++) {
            Double value = trend.get(i).domainScores().get(domain);
            if (value == null) {
                flush(run, segments);
                continue;
            }
            Marker m = new Marker(x(i, trend.size(), plotRight), y(value, plotBottom), trend.get(i).period(), value);
            markers.add(m);
            run.append(run.length() == 0 ? "" : " ").append(m.x()).append(',').append(m.y());
            last = m;
        }
        flush(run, segments);
        return new Series(domain, ChartStyle.colour(index), ChartStyle.dash(index), segments, markers,
                plotRight + KEY_GAP, plotRight + KEY_GAP + KEY_LENGTH, plotRight + KEY_GAP + KEY_LENGTH + 6,
                last == null ? null : last.y(), last == null ? null : last.value());
    }

    private static void flush(StringBuilder run, List<String> segments) {
        if (run.length() > 0) {
            segments.add(run.toString());
            run.setLength(0);
        }
    }

    /** End labels pushed apart so that no two overlap, kept inside the chart. */
    private static List<Series> spreadLabels(List<Series> series, double plotBottom) {
        List<Series> labelled = series.stream().filter(s -> s.labelY() != null)
                .sorted(Comparator.comparingDouble(Series::labelY)).toList();
        double[] ys = new double[labelled.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = Math.max(labelled.get(i).labelY(), i == 0 ? TOP : ys[i - 1] + LABEL_GAP);
        }
        for (int i = ys.length - 1; i >= 0; i--) {
            ys[i] = Math.min(ys[i], i == ys.length - 1 ? plotBottom : ys[i + 1] - LABEL_GAP);
        }
        List<Series> out = new ArrayList<>();
        for (Series s : series) {
            int i = labelled.indexOf(s);
            out.add(i < 0 ? s : new Series(s.name(), s.colour(), s.dash(), s.segments(), s.markers(), s.keyX1(),
                    s.keyX2(), s.labelX(), ChartStyle.px(ys[i]), s.lastValue()));
        }
        return out;
    }

    private static double x(int i, int count, double plotRight) {
        double inset = 20;
        return ChartStyle.px(count == 1 ? (LEFT + plotRight) / 2
                : LEFT + inset + (plotRight - LEFT - 2 * inset) * i / (count - 1));
    }

    private static double y(double value, double plotBottom) {
        double clamped = Math.max(0, Math.min(100, value));
        return ChartStyle.px(plotBottom - (plotBottom - TOP) * clamped / 100.0);
    }
}
