package dev.trustmap.reports.model;

/**
 * A control with open high or critical findings, said in plain words, with who answers for it. Ranked by its most
 * severe open finding first (an open critical always outranks any number of highs), then by how many are overdue.
 */
public record TopRisk(String control, String title, String domain, String plainWords, String owner,
        int openHighOrCritical, int open, String worstSeverity, int overdue) {

    public TopRisk(String control, String title, String domain, String plainWords, String owner,
            int openHighOrCritical, int open) {
        this(control, title, domain, plainWords, owner, openHighOrCritical, open, null, 0);
    }
}
