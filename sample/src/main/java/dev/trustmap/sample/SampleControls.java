package dev.trustmap.sample;

import java.util.List;

/**
 * The catalog controls the sample's exceptions and attestations name. The evidence module does not read the
 * catalog, so they are written here; a test of the command checks each against the bundled catalog.
 */
public final class SampleControls {

    /** Static secrets rotated within the maximum age: legacy keys are excepted from it. */
    static final String ROTATION = "LFC-01";
    /** Short-lived credentials for AI identities: an agent whose vendor SDK takes only API keys. */
    static final String AGENT_CREDENTIALS = "LFC-03";
    /** At most one active static key per identity: keys mid-migration. */
    static final String SINGLE_KEY = "LFC-05";
    /** No passwords: an appliance that takes nothing else. */
    static final String NO_PASSWORDS = "AXS-06";
    /** Unused credentials revoked: a disaster-recovery key kept on purpose. */
    static final String UNUSED = "RVK-01";
    /** Controls judged by attestation: agent logging, a policy decision point, third parties. */
    static final List<String> ATTESTED = List.of("ACT-05", "AXS-04", "DLG-05");

    /** Every control id the sample writes into its exceptions and attestations. */
    public static final List<String> USED = List.of(ROTATION, AGENT_CREDENTIALS, SINGLE_KEY, NO_PASSWORDS, UNUSED,
            ATTESTED.get(0), ATTESTED.get(1), ATTESTED.get(2));

    private SampleControls() {
    }
}
