package dev.trustmap.reports.model;

import java.util.Map;

/**
 * One quarter of the trend: its period, each domain's score (null when not assessed), and how many open findings
 * were overdue (null for a quarter judged before trustmap kept due dates that never reset).
 */
public record TrendPoint(String period, String asOf, Map<String, Double> domainScores, Integer overdue) {

    public TrendPoint(String period, String asOf, Map<String, Double> domainScores) {
        this(period, asOf, domainScores, null);
    }
}
