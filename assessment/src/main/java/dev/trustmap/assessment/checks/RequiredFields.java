package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The checks that require facts to be recorded for every NHI (ACT-01, ACT-03): each identity passes when every
 * field is recorded, or fails naming what is missing ("missing: actor class, environment"). An empty or blank
 * value says no more than an absent one.
 */
final class RequiredFields {

    /** A fact and how to read it from an identity. */
    record Field(String name, Function<Identity, Object> value) {
    }

    private RequiredFields() {
    }

    static Check.Judgement judge(List<Field> fields, String limit, String remediation) {
        return Populations.identities(LifecycleRules::nhi, "no non-human identities in the inputs",
                (identity, outcomes) -> {
                    List<String> missing = new ArrayList<>();
                    for (Field field : fields) {
                        Object value = field.value().apply(identity);
                        if (value == null || value.toString().isBlank()) {
                            missing.add(field.name());
                        }
                    }
                    if (missing.isEmpty()) {
                        outcomes.pass(Subjects.of(identity));
                    } else {
                        outcomes.fail(Subjects.of(identity), "missing: " + String.join(", ", missing), limit,
                                remediation);
                    }
                });
    }
}
