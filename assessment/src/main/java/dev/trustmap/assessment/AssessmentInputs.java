package dev.trustmap.assessment;

import dev.trustmap.assessment.history.FindingHistory;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.policy.Policy;
import java.time.Instant;
import java.util.List;

/**
 * Everything an assessment reads. A null list means the input was not given, which is not the same as given and
 * empty: a control that needs it is then not assessed.
 *
 * @param history the earlier quarters' findings; {@link FindingHistory#none()} when none were given
 */
public record AssessmentInputs(Catalog catalog, Inventory inventory, Policy policy, Instant asOf,
        List<Person> people, List<ControlOwner> controlOwners, List<ExceptionGrant> exceptions,
        List<Attestation> attestations, FindingHistory history) {

    /** Inputs without earlier quarters. */
    public AssessmentInputs(Catalog catalog, Inventory inventory, Policy policy, Instant asOf, List<Person> people,
            List<ControlOwner> controlOwners, List<ExceptionGrant> exceptions, List<Attestation> attestations) {
        this(catalog, inventory, policy, asOf, people, controlOwners, exceptions, attestations,
                FindingHistory.none());
    }
}
