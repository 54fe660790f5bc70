package dev.trustmap.evidence.sheet;

import java.util.List;

/**
 * The catalog's control ids, for checking the control-owner sheet. The CLI implements it from the catalog (the
 * evidence module cannot depend on the catalog module).
 */
public interface ControlDirectory {

    /** True when the catalog has a control with this id. */
    boolean exists(String id);

    /** Up to {@code limit} real control ids closest to a mistyped one, closest first. */
    List<String> nearest(String id, int limit);

    /** Every control id, in catalog order. */
    List<String> ids();
}
