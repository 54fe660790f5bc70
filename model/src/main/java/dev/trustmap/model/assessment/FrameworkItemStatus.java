package dev.trustmap.model.assessment;

import java.util.List;

/**
 * A framework item's status, derived from the controls mapped to it.
 *
 * @param status met, partial, not_met, not_assessed, or out_of_scope (not applicable or unmapped)
 */
public record FrameworkItemStatus(String framework, String item, String status, List<String> controls,
        String rule) {
}
