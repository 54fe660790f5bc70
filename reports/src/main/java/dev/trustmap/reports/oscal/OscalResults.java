package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.reports.build.Periods;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An assessment as an OSCAL 1.1.2 assessment-results document in JSON, for GRC tools that read OSCAL: one result
 * for the period; an observation per control result, with counts, never a row per identity; a finding per
 * framework item a control maps to; a risk per exception in force. Same assessment, catalog, period and version:
 * same bytes. See docs/oscal.md for what maps to what, and why.
 */
public final class OscalResults {

    public static final String OSCAL_VERSION = "1.1.2";
    /** The namespace of every prop trustmap writes. */
    public static final String NAMESPACE = "https://trustmap.dev/ns/oscal";

    /** Stands in for the document's and the result's uuids while the content they are derived from is hashed. */
    private static final String DRAFT_UUID = "00000000-0000-5000-8000-000000000000";

    private OscalResults() {
    }

    /**
     * Writes the document to {@code out}, which is flushed and left open.
     *
     * @param catalog the catalog that judged the assessment, for control titles, framework names and item labels
     * @param period the period's label ({@code 2026-Q3}); null or blank for the quarter of the as-of date
     * @param trustmapVersion the version of trustmap writing it, named as the assessment platform
     * @throws IllegalArgumentException when the as-of instant lies outside the years OSCAL can write, 1900 to 2999
     */
    public static void write(Assessment assessment, Catalog catalog, String period, String trustmapVersion,
            OutputStream out) throws IOException {
        out.write(bytes(assessment, catalog, period, trustmapVersion));
        out.flush();
    }

    static byte[] bytes(Assessment a, Catalog catalog, String period, String trustmapVersion) {
        String asOf = OscalTime.of(a.asOf());
        if (asOf == null) {
            throw new IllegalArgumentException("The as-of instant " + a.asOf() + " lies outside the years OSCAL can"
                    + " write (1900 to 2999).");
        }
        String label = Objects.requireNonNullElse(OscalText.string(period), Periods.quarterOf(a.asOf()));
        String version = Objects.requireNonNullElse(OscalText.string(trustmapVersion), "unknown");
        Parties parties = new Parties();
        String platform = OscalIds.platform();
        List<OscalObject> observations = new ControlObservations(a, catalog, label, parties, platform).build();
        List<OscalObject> risks = new ExceptionRisks(a, catalog, label, parties, platform).build();
        List<OscalObject> findings = new ItemFindings(a, catalog, label).build();
        String basis = OscalIds.basis(a.catalogSha256(), a.policy().sha256());

        OscalObject result = OscalObject.of()
                .put("uuid", DRAFT_UUID)
                .put("title", OscalText.line("trustmap assessment " + label))
                .put("description", OscalText.markup(summary(a, label, risks.size())))
                .put("start", OscalTime.of(OscalTime.periodStart(label, a.asOf())))
                .put("end", asOf)
                .put("props", new Props().add("period", label).add("as-of", asOf).list())
                .put("local-definitions", OscalObject.of().put("assessment-assets", OscalObject.of()
                        .put("assessment-platforms", List.of(OscalObject.of()
                                .put("uuid", platform)
                                .put("title", OscalText.line("trustmap " + version))
                                .put("props", new Props().add("trustmap-version", version).list())))))
                .put("reviewed-controls", reviewedControls(a))
                .put("observations", observations)
                .put("risks", risks)
                .put("findings", findings);
        OscalObject document = OscalObject.of()
                .put("uuid", DRAFT_UUID)
                .put("metadata", OscalObject.of()
                        .put("title", OscalText.line("trustmap assessment results " + label))
                        .put("last-modified", asOf)
                        .put("version", label)
                        .put("oscal-version", OSCAL_VERSION)
                        .put("props", new Props().add("period", label).add("trustmap-version", version).list())
                        .put("parties", parties.list()))
                .put("import-ap", OscalObject.of()
                        .put("href", "#" + basis)
                        .put("remarks", "trustmap writes no OSCAL assessment plan. The scope and method of this"
                                + " assessment are the trustmap catalog and policy, described by the back-matter"
                                + " resource this points at."))
                .put("results", List.of(result))
                .put("back-matter", OscalObject.of().put("resources", List.of(basisResource(a, catalog, basis))));
        OscalObject root = OscalObject.of().put("assessment-results", document);

        // unique per content, yet reproducible: named by what the document holds (see docs/oscal.md)
        String name = String.join("\u001f", label, asOf, a.catalogSha256(), a.policy().sha256(),
                sha256(OscalJson.bytes(root)));
        document.put("uuid", OscalIds.document(name));
        result.put("uuid", OscalIds.result(name));
        return OscalJson.bytes(root);
    }

    private static OscalObject reviewedControls(Assessment a) {
        List<OscalObject> controls = a.controls().stream().map(ControlResult::id).distinct()
                .map(id -> OscalObject.of().put("control-id", OscalText.token(id))).toList();
        OscalObject selection = controls.isEmpty() ? OscalObject.of().put("include-all", OscalObject.of())
                : OscalObject.of().put("include-controls", controls);
        return OscalObject.of()
                .put("description", OscalText.markup("The controls of trustmap catalog " + a.catalogVersion()
                        + ", each judged against the policy; their ids are trustmap's own."))
                .put("control-selections", List.of(selection));
    }

    private static OscalObject basisResource(Assessment a, Catalog catalog, String uuid) {
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

    private static String summary(Assessment a, String label, int risks) {
        List<ControlResult> controls = a.controls();
        List<FrameworkItemStatus> items = ItemFindings.judged(a);
        long satisfied = items.stream().filter(i -> "met".equals(i.status())).count();
        return String.format(Locale.ROOT, "Non-human and AI-agent identities judged for %s, as of %s, against"
                + " trustmap catalog %s (%s) and policy %s. %d controls: %d met, %d partly met, %d not met, %d not"
                + " assessed. %d framework items with a mapped control: %d satisfied, %d not satisfied. %d approved"
                + " exception%s in force.",
                label, OscalTime.of(a.asOf()), a.catalogVersion(), shortDigest(a.catalogSha256()),
                shortDigest(a.policy().sha256()), controls.size(), count(controls, ControlStatus.MET),
                count(controls, ControlStatus.PARTIAL), count(controls, ControlStatus.NOT_MET),
                count(controls, ControlStatus.NOT_ASSESSED), items.size(), satisfied, items.size() - satisfied, risks,
                risks == 1 ? "" : "s");
    }

    private static long count(List<ControlResult> controls, ControlStatus status) {
        return controls.stream().filter(c -> c.status() == status).count();
    }

    private static String shortDigest(String sha256) {
        return sha256 == null ? "(none)" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
