package dev.trustmap.sample;

import java.util.List;

/**
 * The fictional organisation the estate belongs to, chosen by the seed: its name for the reports, the mail domain
 * of its people (under the reserved {@code .example} top-level domain), a short slug for its GitHub organisation
 * and Entra tenant, and its accent colour.
 */
record Organisation(String name, String slug, String accent) {

    private static final List<Organisation> ALL = List.of(
            new Organisation("Bramblecote Mutual", "bramblecote", "#2f6f4e"),
            new Organisation("Harrowgate Freight", "harrowgate", "#8a3b12"),
            new Organisation("Quillon Health", "quillon", "#1d5c8f"),
            new Organisation("Tessaly Bank", "tessaly", "#6b2d5c"),
            new Organisation("Corvid Retail Group", "corvid", "#3c4a9e"),
            new Organisation("Ostrava Energy", "ostrava", "#b5651d"),
            new Organisation("Lumenyard Insurance", "lumenyard", "#0f6b6b"),
            new Organisation("Palisade Logistics", "palisade", "#4a4a8c"));

    static Organisation of(long seed) {
        return ALL.get(SampleRandom.keyed(seed, 1).nextInt(ALL.size()));
    }

    /** Where its people's mail goes: {@code bramblecote.example}. */
    String domain() {
        return slug + ".example";
    }

    /** Its Entra tenant's initial domain. */
    String tenantDomain() {
        return slug + ".onmicrosoft.com";
    }
}
