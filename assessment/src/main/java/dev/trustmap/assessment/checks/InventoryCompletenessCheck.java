package dev.trustmap.assessment.checks;

import dev.trustmap.assessment.checks.RequiredFields.Field;
import dev.trustmap.model.inventory.Identity;
import java.util.List;

/**
 * ACT-01, one inventory of every non-human identity. Population: every non-human identity (an unknown actor class
 * counts as one). Passes when its actor class, platform and environment are all known; a failure's observed value
 * names what is missing, e.g. "missing: actor class, environment".
 */
public final class InventoryCompletenessCheck implements Check {

    private static final List<Field> FIELDS = List.of(new Field("actor class", Identity::actorClass),
            new Field("platform", Identity::platform), new Field("environment", Identity::environment));

    @Override
    public String controlId() {
        return "ACT-01";
    }

    @Override
    public Judgement start(CheckContext context) {
        return RequiredFields.judge(FIELDS, "actor class, platform and environment recorded",
                "Record the missing attributes for the identity in the inventory sheet.");
    }
}
