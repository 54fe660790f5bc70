package dev.trustmap.model.vocabulary;

/** The five questions every control answers. */
public enum Domain {
    ACCESS("who or what can act, on what, and how is that decided at request time?"),
    LIFECYCLE("for how long: issuance, expiry, rotation, time to live"),
    DELEGATION("under whose authority: on-behalf-of chains, approvals, sub-agents, vendors"),
    ACCOUNTABILITY("with what trail: inventory, owners, purpose, attribution of actions"),
    REVOCATION("when does it stop: unused, decommissioned, orphaned, leaked, expired exceptions");

    private final String question;

    Domain(String question) {
        this.question = question;
    }

    public String question() {
        return question;
    }
}
