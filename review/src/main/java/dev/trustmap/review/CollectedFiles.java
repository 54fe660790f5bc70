package dev.trustmap.review;

import dev.trustmap.evidence.sheet.OwnersSheetKind;
import dev.trustmap.evidence.sheet.OwnersTemplate;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The files of {@code next-quarter/}: what the next quarter reads from a collected campaign. */
final class CollectedFiles {

    /** The control an identity attestation from a review speaks for: every identity confirmed by its owner. */
    static final String CONTROL = "ACT-07";
    static final List<String> ATTESTATION_COLUMNS = List.of("control_id", "identity_id", "status", "attested_by",
            "attested_on", "valid_until", "evidence", "notes");
    static final List<String> DECOMMISSION_COLUMNS = List.of("identity_id", "identity_name", "decommission_on",
            "owner", "answered_by", "reason", "source");

    private CollectedFiles() {
    }

    /** One ACT-07 attestation per answer used, in row-key order. */
    static void attestations(Path file, Campaign campaign, LocalDate collectedOn, Collection<Answer> answers)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Answer a : answers) {
            String status = switch (a.kind()) {
                case KEEP, DECOMMISSION -> "implemented";
                case TRANSFER -> "partial";
                case NOT_MINE -> "not_implemented";
            };
            String what = switch (a.kind()) {
                case TRANSFER -> "transfer to " + a.transferTo();
                case DECOMMISSION -> "decommission by " + a.decommissionOn();
                default -> a.kind().word();
            };
            rows.add(List.of(CONTROL, a.row().identityId(), status, a.answeredBy(), collectedOn.toString(),
                    campaign.validUntil(), "owner review " + campaign.id() + ": " + a.source(),
                    a.reason().isEmpty() ? what : what + ": " + a.reason()));
        }
        CsvFiles.write(file, ATTESTATION_COLUMNS, rows);
    }

    /** Every decommission promised, with its date, the identity's owner and who answered. */
    static void decommissions(Path file, Campaign campaign, Collection<Answer> answers) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        int technical = ReviewColumns.FACTS.indexOf("Technical owner");
        for (Answer a : answers) {
            if (a.kind() == AnswerKind.DECOMMISSION) {
                rows.add(List.of(a.row().identityId(), a.row().facts().get(0), a.decommissionOn().toString(),
                        a.row().facts().get(technical), a.answeredBy(), a.reason(),
                        "owner review " + campaign.id() + ": " + a.source()));
            }
        }
        CsvFiles.write(file, DECOMMISSION_COLUMNS, rows);
    }

    /**
     * The owners workbook {@code base} with every transfer and decommission date applied: the first row naming an
     * identity is changed, or a row is added for an identity it did not list.
     */
    static void owners(Path file, Campaign campaign, Campaign.Owners base, LocalDate collectedOn,
            Collection<Answer> answers) throws IOException {
        List<String> columns = OwnersSheetKind.IDENTITY_OWNERS.columns();
        int idColumn = columns.indexOf("identity_id");
        int ownerColumn = columns.indexOf(campaign.grouping().transferColumn());
        int dateColumn = columns.indexOf("decommission_on");
        List<List<String>> identities = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (List<String> row : base.identityOwners()) {
            firstRow.putIfAbsent(row.get(idColumn), identities.size());
            identities.add(new ArrayList<>(row));
        }
        for (Answer a : answers) {
            if (a.kind() != AnswerKind.TRANSFER && a.kind() != AnswerKind.DECOMMISSION) {
                continue;
            }
            Integer at = firstRow.get(a.row().identityId());
            if (at == null) {
                List<String> added = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
                added.set(idColumn, a.row().identityId());
                at = identities.size();
                identities.add(added);
                firstRow.put(a.row().identityId(), at);
            }
            if (a.kind() == AnswerKind.TRANSFER) {
                identities.get(at).set(ownerColumn, a.transferTo());
            } else {
                identities.get(at).set(dateColumn, a.decommissionOn().toString());
            }
        }
        Map<OwnersSheetKind, List<List<String>>> sheets = new EnumMap<>(OwnersSheetKind.class);
        sheets.put(OwnersSheetKind.IDENTITY_OWNERS, identities);
        sheets.put(OwnersSheetKind.CONTROL_OWNERS, base.controlOwners());
        sheets.put(OwnersSheetKind.PEOPLE, base.people());
        Instant created = collectedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        try (OutputStream out = Files.newOutputStream(file)) {
            OwnersTemplate.write(out, new CatalogControls(CatalogLoader.bundled()).ids(), sheets, created);
        }
    }
}
