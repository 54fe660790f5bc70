package dev.trustmap.model.catalog;

/** How one control reads in each of the three governance conversations, one sentence each. */
public record Realisations(String human, String machine, String ai) {
}
