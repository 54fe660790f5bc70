package dev.trustmap.model.catalog;

import java.util.List;

/**
 * Which trustmap controls one check of another tool gives evidence for: a Prowler check's FAIL is a failure of each,
 * its PASS a pass. Catalog data, so that users can add or change it in an overlay.
 *
 * @param tool the tool's key, as its results carry it ({@code prowler})
 * @param check the tool's check id ({@code iam_rotate_access_key_90_days})
 * @param controls the control ids, each existing in the catalog
 * @param rationale why the check's result speaks to those controls
 */
public record ToolCheck(String tool, String check, List<String> controls, String rationale, SourceRef source) {

    public ToolCheck {
        controls = List.copyOf(controls);
    }

    /** The key that names a check of a tool across layers of the catalog. */
    public String key() {
        return tool + " " + check;
    }
}
