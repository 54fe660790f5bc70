package dev.trustmap.reports.render.html;

import java.util.List;

/** Series colours and dash patterns: Okabe-Ito colours, told apart by dash and label too, never colour alone. */
final class ChartStyle {

    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000");
    private static final List<String> DASHES = List.of("none", "7 3", "2 3", "9 3 2 3", "4 4", "1 2", "12 4");

    private ChartStyle() {
    }

    static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    static String dash(int index) {
        return DASHES.get(index % DASHES.size());
    }

    /** Rounded to a tenth of a pixel, so the markup stays short and the same on every machine. */
    static double px(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
