package dev.trustmap.reports.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.catalog.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An assessment's open and accepted findings as an OSCAL 1.1.2 plan of action and milestones in JSON: for each
 * finding a risk (open, or deviation-approved while an exception accepts it, due by the end of its due day, with
 * trustmap's remediation and the due date as its milestone) and a POA&M item pointing at it, beside the
 * observation of each control as in the assessment results. Written as a stream, walking the findings twice (the
 * risks, then the items), so a million findings are never held, and each risk and item on a line of its own. Same
 * assessment, catalog, period and version: same bytes. See docs/oscal.md.
 */
public final class OscalPoam {

    private OscalPoam() {
    }

    /**
     * Writes the document to {@code file}, replacing it. A file, not a stream: the document's uuid is named by its
     * content, which is known only once it is written, and is then put in place of a placeholder.
     *
     * @param catalog the catalog that judged the assessment, for control titles
     * @param period the period's label ({@code 2026-Q3}); null or blank for the quarter of the as-of date
     * @param trustmapVersion the version of trustmap writing it, named as the assessment platform
     * @throws IllegalArgumentException when the as-of instant lies outside the years OSCAL can write, 1900 to 2999
     */
    public static void write(Assessment assessment, Catalog catalog, String period, String trustmapVersion,
            Path file) throws IOException {
        DocumentParts parts = DocumentParts.of(assessment, period, trustmapVersion);
        MessageDigest draft = DocumentParts.sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), draft);
                JsonGenerator json = OscalJson.generator(out)) {
            writeDocument(assessment, catalog, parts, json);
            json.writeRaw('\n');
        }
        // unique per content, yet reproducible, as the assessment results' uuid is (see docs/oscal.md)
        replaceDraftUuid(file, OscalIds.poam(parts.documentName(assessment, draft.digest())));
    }

    private static void writeDocument(Assessment a, Catalog catalog, DocumentParts parts, JsonGenerator json)
            throws IOException {
        String label = parts.period();
        Parties parties = new Parties();
        String platform = OscalIds.platform();
        List<OscalObject> observations = new ControlObservations(a, catalog, label, parties, platform).build();
        Set<String> assessed = a.controls().stream().map(ControlResult::id).collect(Collectors.toSet());
        FindingRisks risks = new FindingRisks(a, catalog, parties);
        FindingPoamItems items = new FindingPoamItems(a, label, platform, assessed);
        String basis = OscalIds.basis(a.catalogSha256(), a.policy().sha256());
        boolean anyFinding = !a.findings().isEmpty();

        json.writeStartObject();
        json.writeObjectFieldStart("plan-of-action-and-milestones");
        json.writeStringField("uuid", DocumentParts.DRAFT_UUID);
        json.writeFieldName("metadata");
        OscalJson.write(json, parts.metadata("trustmap plan of action and milestones", parties));
        json.writeFieldName("local-definitions");
        OscalJson.write(json, OscalObject.of().put("assessment-assets", parts.assessmentAssets(platform)));
        if (!observations.isEmpty()) {
            json.writeFieldName("observations");
            OscalJson.write(json, observations);
        }
        if (anyFinding) {
            RecordLines.start(json, "risks");
            for (Finding f : a.findings()) {
                OscalJson.write(json, risks.of(f));
            }
            RecordLines.end(json);
        }
        RecordLines.start(json, "poam-items");
        if (anyFinding) {
            for (Finding f : a.findings()) {
                OscalJson.write(json, items.of(f));
            }
        } else {
            OscalJson.write(json, items.none());
        }
        RecordLines.end(json);
        json.writeFieldName("back-matter");
        OscalJson.write(json, OscalObject.of().put("resources", List.of(
                DocumentParts.basisResource(a, catalog, basis))));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The placeholder is the document's first uuid, within its first lines; the real one has the same length. */
    private static void replaceDraftUuid(Path file, String uuid) throws IOException {
        byte[] draft = DocumentParts.DRAFT_UUID.getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.allocate(256);
            channel.read(head, 0);
            String text = new String(head.array(), 0, head.position(), StandardCharsets.US_ASCII);
            int at = text.indexOf(DocumentParts.DRAFT_UUID);
            if (at < 0 || uuid.length() != draft.length) {
                throw new IllegalStateException("the draft uuid is not at the head of " + file);
            }
            channel.write(ByteBuffer.wrap(uuid.getBytes(StandardCharsets.US_ASCII)), at);
        }
    }
}
