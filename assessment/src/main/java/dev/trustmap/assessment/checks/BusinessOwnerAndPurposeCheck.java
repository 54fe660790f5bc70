package dev.trustmap.assessment.checks;

import dev.trustmap.assessment.checks.RequiredFields.Field;
import dev.trustmap.model.inventory.Identity;
import java.util.List;

/**
 * ACT-03, a business owner and a stated purpose for every identity. Population: every non-human identity. Passes
 * when both its business owner and its purpose are recorded; a failure's observed value names what is missing,
 * e.g. "missing: business owner, purpose".
 */
public final class BusinessOwnerAndPurposeCheck implements Check {

    private static final List<Field> FIELDS = List.of(new Field("business owner", Identity::businessOwner),
            new Field("purpose", Identity::purpose));

    @Override
    public String controlId() {
        return "ACT-03";
    }

    @Override
    public Judgement start(CheckContext context) {
        return RequiredFields.judge(FIELDS, "business owner and purpose recorded",
                "Record the business owner who accepts the identity's risk and the purpose it serves.");
    }
}
