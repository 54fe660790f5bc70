package dev.trustmap.mappings;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import java.util.List;

/**
 * The catalog's control ids, as the readers of owners sheets, exceptions and attestations check them: whether an id
 * exists, and the closest ones when it does not ({@link Suggestions}).
 */
public final class CatalogControls {

    private final Catalog catalog;

    public CatalogControls(Catalog catalog) {
        this.catalog = catalog;
    }

    public boolean exists(String id) {
        return catalog.control(id).isPresent();
    }

    public List<String> nearest(String id, int limit) {
        return Suggestions.to(id, ids(), limit);
    }

    public List<String> ids() {
        return catalog.controls().stream().map(Control::id).toList();
    }
}
