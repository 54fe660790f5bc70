package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.catalog.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

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
        DocumentParts parts = DocumentParts.of(a, period, trustmapVersion);
        String label = parts.period();
        Parties parties = new Parties();
        String platform = OscalIds.platform();
        List<OscalObject> observations = new ControlObservations(a, catalog, label, parties, platform).build();
        List<OscalObject> risks = new ExceptionRisks(a, catalog, label, parties, platform).build();
        List<OscalObject> findings = new ItemFindings(a, catalog, label, FindingClocks.of(a.findings())).build();
        String basis = OscalIds.basis(a.catalogSha256(), a.policy().sha256());

        OscalObject result = OscalObject.of()
                .put("uuid", DocumentParts.DRAFT_UUID)
                .put("title", OscalText.line("trustmap assessment " + label))
                .put("description", OscalText.markup(summary(a, label, risks.size())))
                .put("start", OscalTime.of(OscalTime.periodStart(label, a.asOf())))
                .put("end", parts.asOf())
                .put("props", new Props().add("period", label).add("as-of", parts.asOf()).list())
                .put("local-definitions", OscalObject.of().put("assessment-assets", parts.assessmentAssets(platform)))
                .put("reviewed-controls", reviewedControls(a))
                .put("observations", observations)
                .put("risks", risks)
                .put("findings", findings);
        OscalObject document = OscalObject.of()
                .put("uuid", DocumentParts.DRAFT_UUID)
                .put("metadata", parts.metadata("trustmap assessment results", parties))
                .put("import-ap", OscalObject.of()
                        .put("href", "#" + basis)
                        .put("remarks", "trustmap writes no OSCAL assessment plan. The scope and method of this"
                                + " assessment are the trustmap catalog and policy, described by the back-matter"
                                + " resource this points at."))
                .put("results", List.of(result))
                .put("back-matter", OscalObject.of().put("resources", List.of(
                        DocumentParts.basisResource(a, catalog, basis))));
        OscalObject root = OscalObject.of().put("assessment-results", document);

        // unique per content, yet reproducible: named by what the document holds (see docs/oscal.md)
        String name = parts.documentName(a, DocumentParts.sha256().digest(OscalJson.bytes(root)));
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

    private static String summary(Assessment a, String label, int risks) {
        List<ControlResult> controls = a.controls();
        List<FrameworkItemStatus> items = ItemFindings.judged(a);
        long satisfied = items.stream().filter(i -> "met".equals(i.status())).count();
        return String.format(Locale.ROOT, "Non-human and AI-agent identities judged for %s, as of %s, against"
                + " trustmap catalog %s (%s) and policy %s. %d controls: %d met, %d partly met, %d not met, %d not"
                + " assessed. %d framework items with a mapped control: %d satisfied, %d not satisfied. %d approved"
                + " exception%s in force.",
                label, OscalTime.of(a.asOf()), a.catalogVersion(), DocumentParts.shortDigest(a.catalogSha256()),
                DocumentParts.shortDigest(a.policy().sha256()), controls.size(), count(controls, ControlStatus.MET),
                count(controls, ControlStatus.PARTIAL), count(controls, ControlStatus.NOT_MET),
                count(controls, ControlStatus.NOT_ASSESSED), items.size(), satisfied, items.size() - satisfied, risks,
                risks == 1 ? "" : "s");
    }

    private static long count(List<ControlResult> controls, ControlStatus status) {
        return controls.stream().filter(c -> c.status() == status).count();
    }
}
