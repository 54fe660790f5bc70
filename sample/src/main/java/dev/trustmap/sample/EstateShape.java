package dev.trustmap.sample;

/**
 * How many identities each format holds. Up to {@value #DEMO} identities every native export takes a fixed share;
 * past that they grow with the square root of the estate and stop at a cap a real export would not pass (an AWS
 * account holds at most 5,000 IAM users), so that at a million identities the inventory sheet holds nearly all of
 * them, as it does where agents and SaaS keys outnumber cloud service accounts.
 */
record EstateShape(int identities, int aws, int gcp, int azure, int kubernetes, int github, int vault,
        int certificates, int agents, int secretsManager, int keyVault, int spire, int openai, int anthropic, int mcp,
        int inventory) {

    /** The smallest estate with every format in it. */
    static final int MIN = 100;
    static final int MAX = 10_000_000;
    static final int DEMO = 3_000;

    static EstateShape of(int identities) {
        if (identities < MIN || identities > MAX) {
            throw new IllegalArgumentException("identities must be " + MIN + " to " + MAX + ", not " + identities);
        }
        double scale = identities <= DEMO ? identities : DEMO * Math.sqrt((double) identities / DEMO);
        int aws = size(scale, 0.10, 5_000);
        int gcp = size(scale, 0.09, 4_000);
        int azure = size(scale, 0.07, 3_000);
        int kubernetes = size(scale, 0.10, 5_000);
        int github = size(scale, 0.04, 2_000);
        int vault = size(scale, 0.05, 3_000);
        // two CA certificates and at least one leaf; few leaves at scale, since each is signed for real
        int certificates = Math.max(3, size(scale, 0.05, 600));
        int agents = size(scale, 0.01, 500);
        // rotated, never rotated and scheduled for deletion; with and without expiry; a node and workloads
        int secretsManager = Math.max(3, size(scale, 0.02, 1_000));
        int keyVault = Math.max(2, size(scale, 0.015, 1_000));
        int spire = Math.max(2, size(scale, 0.02, 2_000));
        int openai = size(scale, 0.02, 400);
        int anthropic = size(scale, 0.01, 200);
        // two configuration files of a few servers each, whatever the size: one laptop, one repository
        int mcp = McpConfigs.SERVERS;
        int inventory = identities - aws - gcp - azure - kubernetes - github - vault - certificates - agents
                - secretsManager - keyVault - spire - openai - anthropic - mcp;
        return new EstateShape(identities, aws, gcp, azure, kubernetes, github, vault, certificates, agents,
                secretsManager, keyVault, spire, openai, anthropic, mcp, inventory);
    }

    private static int size(double scale, double share, int cap) {
        return (int) Math.max(1, Math.min(cap, Math.round(scale * share)));
    }
}
