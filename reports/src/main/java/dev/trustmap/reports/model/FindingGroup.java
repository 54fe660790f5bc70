package dev.trustmap.reports.model;

/** Open and accepted findings of one owner at one severity. */
public record FindingGroup(String owner, String severity, int open, int accepted) {
}
