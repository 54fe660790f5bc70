package dev.trustmap.reports.model;

import java.util.Map;

/** One quarter of the trend: its period and each domain's score (null when not assessed). */
public record TrendPoint(String period, String asOf, Map<String, Double> domainScores) {
}
