package dev.trustmap.reports.model;

/** A domain's score and red/amber/green state, overall and per lane; null scores were not assessed. */
public record DomainPosture(String domain, String question, Double score, String rag, Double machineScore,
        String machineRag, Double aiScore, String aiRag, int controls, int met, int partial, int notMet,
        int notAssessed) {
}
