package dev.trustmap.quarterly;

import dev.trustmap.evidence.sheet.ControlDirectory;
import dev.trustmap.mappings.Nearest;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import java.util.List;

/** The catalog's controls as the owners sheet checks see them. */
public final class CatalogControls implements ControlDirectory {

    private final Catalog catalog;

    public CatalogControls(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean exists(String id) {
        return catalog.control(id).isPresent();
    }

    @Override
    public List<String> nearest(String id, int limit) {
        return Nearest.list(id, ids(), limit);
    }

    @Override
    public List<String> ids() {
        return catalog.controls().stream().map(Control::id).toList();
    }
}
