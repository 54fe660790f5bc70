package dev.trustmap.model.assessment;

/**
 * A roll-up of control results (a domain, a lane, a domain within a lane).
 *
 * @param score mean pass rate of the assessed controls, percent; null when none was assessed
 * @param rag red, amber or green from the score: green at 90 or more, amber at 70 or more
 */
public record Score(String name, Double score, String rag, int controls, int met, int partial, int notMet,
        int notAssessed) {
}
