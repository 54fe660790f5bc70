package dev.trustmap.reports.model;

/** A control with many open high or critical findings, said in plain words, with who answers for it. */
public record TopRisk(String control, String title, String domain, String plainWords, String owner,
        int openHighOrCritical, int open) {
}
