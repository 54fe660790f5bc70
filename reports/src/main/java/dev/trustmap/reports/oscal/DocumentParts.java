package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.reports.build.Periods;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What every OSCAL document trustmap writes shares, so that the assessment results and the POA&M of one run name
 * the same period, version, parties and platform: the metadata, trustmap as the assessment platform, and the
 * catalog and policy as a back-matter resource.
 *
 * @param asOf the assessment's as-of instant as OSCAL writes it
 * @param period the period's label ({@code 2026-Q3})
 * @param version the version of trustmap writing the document
 */
record DocumentParts(String asOf, String period, String version) {

    /** Stands in for a document's own uuids while the content they are derived from is hashed. */
    static final String DRAFT_UUID = "00000000-0000-5000-8000-000000000000";

    /**
     * @param period the period's label; null or blank for the quarter of the as-of date
     * @param trustmapVersion null or blank for {@code unknown}
     * @throws IllegalArgumentException when the as-of instant lies outside the years OSCAL can write, 1900 to 2999
     */
    static DocumentParts of(Assessment a, String period, String trustmapVersion) {
        String asOf = OscalTime.of(a.asOf());
        if (asOf == null) {
            throw new IllegalArgumentException("The as-of instant " + a.asOf() + " lies outside the years OSCAL can"
                    + " write (1900 to 2999).");
        }
        return new DocumentParts(asOf, Objects.requireNonNullElse(OscalText.string(period),
                Periods.quarterOf(a.asOf())), Objects.requireNonNullElse(OscalText.string(trustmapVersion),
                "unknown"));
    }

    /** Last modified at the as-of instant, versioned by the period; the parties as named so far. */
    OscalObject metadata(String title, Parties parties) {
        return OscalObject.of()
                .put("title", OscalText.line(title + " " + period))
                .put("last-modified", asOf)
                .put("version", period)
                .put("oscal-version", OscalResults.OSCAL_VERSION)
                .put("props", new Props().add("period", period).add("trustmap-version", version).list())
                .put("parties", parties.list());
    }

    /** trustmap as the one assessment platform, the actor of every origin. */
    OscalObject assessmentAssets(String platform) {
        return OscalObject.of().put("assessment-platforms", List.of(OscalObject.of()
                .put("uuid", platform)
                .put("title", OscalText.line("trustmap " + version))
                .put("props", new Props().add("trustmap-version", version).list())));
    }

    /** The uuid a document of this kind gets, named by what it holds: its SHA-256 with its own uuids drafted. */
    String documentName(Assessment a, byte[] draftSha256) {
        return String.join("\u001f", period, asOf, a.catalogSha256(), a.policy().sha256(),
                HexFormat.of().formatHex(draftSha256));
    }

    /** What stands in for an assessment plan: the catalog and the policy, by their digests. */
    static OscalObject basisResource(Assessment a, Catalog catalog, String uuid) {
        Props props = new Props().add("catalog-version", a.catalogVersion()).add("catalog-sha256", a.catalogSha256())
                .add("policy-sha256", a.policy().sha256());
        catalog.frameworks().stream().map(Framework::id).forEach(id -> props.add("framework", id));
        return OscalObject.of()
                .put("uuid", uuid)
                .put("title", OscalText.line("trustmap catalog " + a.catalogVersion() + " and policy "
                        + shortDigest(a.policy().sha256())))
                .put("description", OscalText.markup("What stands for an assessment plan here. The trustmap"
                        + " catalog fixes what is judged: its controls and their typed mappings (NIST IR 8477) to the"
                        + " items of the frameworks listed. The policy fixes the thresholds each check applies. Both"
                        + " are identified by the SHA-256 digest of their canonical form: catalog "
                        + a.catalogSha256() + ", policy " + a.policy().sha256() + "."))
                .put("props", props.list());
    }

    static String shortDigest(String sha256) {
        return sha256 == null ? "(none)" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
