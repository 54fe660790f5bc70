package dev.trustmap.mappings.export;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog's mappings in the CSV layout that compliance-trestle's {@code csv-to-oscal-mc} task reads: a row of
 * column names ({@code $$} marks the required ones), a row describing each column, then one row per mapping,
 * grouped by framework. trestle turns the columns it does not know into properties of each map, so the
 * confidence, matching rationale, provenance and rationale travel with it. Its {@code Map_Confidence_Score} takes
 * a percentage, which trustmap does not claim, so the category goes in a column of its own.
 *
 * <p>The resource columns name the OSCAL catalogs the task loads, in the places a trestle workspace keeps them
 * ({@code catalogs/<name>/catalog.json}); ids are separated by spaces there, so an id with a space in it
 * ({@code GOVERN 1.1}) is written with a hyphen ({@code GOVERN-1.1}).
 */
public final class TrestleMappingCsv {

    static final List<String> HEADER = List.of("$$Source_Resource", "$$Target_Resource", "$$Map_Source_ID_Ref_list",
            "$$Map_Target_ID_Ref_list", "$$Map_Relationship", "Confidence", "Matching", "Method", "Status",
            "Reviewed", "Rationale");
    static final List<String> DESCRIPTIONS = List.of(
            "The OSCAL catalog of the trustmap controls (the sources).",
            "The OSCAL catalog of the framework whose items are the targets.",
            "The trustmap control.",
            "The framework item, its spaces written as hyphens.",
            "The NIST IR 8477 relationship, read as 'control relationship item'.",
            "How confident the reviewer is: high, medium or low.",
            "The matching rationale: syntactic, semantic or functional.",
            "How the mapping was made: human, automation or hybrid.",
            "The mapping's status: complete, not-complete, draft, deprecated or superseded.",
            "The day the mapping was last reviewed.",
            "Why the control and the item relate, in one line.");

    private TrestleMappingCsv() {
    }

    /** The whole file, lines ended with CRLF as RFC 4180 has it. */
    public static String of(Catalog catalog) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(DESCRIPTIONS);
        for (Framework framework : catalog.frameworks()) {
            for (var control : catalog.controls()) {
                for (Mapping m : control.mappings()) {
                    if (!m.framework().equals(framework.id())) {
                        continue;
                    }
                    rows.add(List.of("catalogs/trustmap/catalog.json", "catalogs/" + framework.id() + "/catalog.json",
                            token(m.controlId()), token(m.item()),
                            OscalMappingCollection.relationship(m.relationship()),
                            m.confidence() == null ? "" : m.confidence().key(),
                            m.matching() == null ? "" : m.matching().key(),
                            m.provenance() == null ? "" : m.provenance().method(),
                            m.provenance() == null ? "" : m.provenance().status(),
                            m.provenance() == null ? "" : m.provenance().reviewed(),
                            m.rationale() == null ? "" : m.rationale()));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(TrestleMappingCsv::field).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String token(String id) {
        return id.replace(' ', '-');
    }

    private static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
