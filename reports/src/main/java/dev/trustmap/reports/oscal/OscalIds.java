package dev.trustmap.reports.oscal;

import dev.trustmap.model.text.NameBasedUuid;
import java.util.Locale;
import java.util.UUID;

/**
 * The uuids of an OSCAL document: name-based, version 5 (SHA-1, RFC 9562), in trustmap's own namespace, so the
 * same assessment always gives the same document. Observations, findings and risks are named by period and what
 * they are about, and keep their uuid when the document is written again for that period; the risks and POA&M items
 * of trustmap's findings are named by the finding id alone, so that the same finding keeps its POA&M item from
 * quarter to quarter; the documents and the result are named by everything they hold, so any change of content
 * gives them a new uuid.
 */
final class OscalIds {

    /** trustmap's namespace for OSCAL uuids; never change it, or every uuid of every document changes. */
    static final UUID NAMESPACE = UUID.fromString("1a3cbfc3-8440-4343-9030-dc55e4540aed");

    private OscalIds() {
    }

    static String observation(String period, String control) {
        return of("observation", period, control);
    }

    static String finding(String period, String framework, String item) {
        return of("finding", period, framework, item);
    }

    static String risk(String period, String exception, String control, String identity) {
        return of("risk", period, exception, control, identity);
    }

    /** The risk of one trustmap finding, the same in every quarter the finding stays. */
    static String findingRisk(String findingId) {
        return of("finding-risk", findingId);
    }

    static String poamItem(String findingId) {
        return of("poam-item", findingId);
    }

    static String remediation(String riskUuid) {
        return of("remediation", riskUuid);
    }

    static String milestone(String riskUuid) {
        return of("milestone", riskUuid);
    }

    static String firstSeenEntry(String riskUuid) {
        return of("first-seen-entry", riskUuid);
    }

    /** The one POA&M item of a period without a finding: the schema asks for at least one. */
    static String noFindingsItem(String period) {
        return of("poam-item-no-findings", period);
    }

    static String mitigatingFactor(String riskUuid) {
        return of("mitigating-factor", riskUuid);
    }

    static String riskLogEntry(String riskUuid) {
        return of("risk-log-entry", riskUuid);
    }

    /** The same person in every document, whatever the period; names differing only in case are one person. */
    static String party(String name) {
        return of("party", name.strip().toLowerCase(Locale.ROOT));
    }

    static String platform() {
        return of("assessment-platform", "trustmap");
    }

    static String basis(String catalogSha256, String policySha256) {
        return of("assessment-basis", catalogSha256, policySha256);
    }

    static String document(String content) {
        return of("assessment-results", content);
    }

    static String poam(String content) {
        return of("plan-of-action-and-milestones", content);
    }

    static String result(String content) {
        return of("result", content);
    }

    /** The parts joined by the unit separator, which no id contains, so that ("a b", "c") and ("a", "b c") differ. */
    private static String of(String... parts) {
        return uuid5(String.join("\u001f", parts)).toString();
    }

    static UUID uuid5(String name) {
        return NameBasedUuid.of(NAMESPACE, name);
    }
}
