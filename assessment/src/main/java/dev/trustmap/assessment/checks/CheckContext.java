package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.policy.Policy;
import java.time.Instant;
import java.util.List;

/**
 * What a check may look at. The inventory's identities are shown to a check one by one (see {@link Check}); its
 * sources and leaks, which are small, a check may read whole.
 *
 * @param people the people directory, or null when none was given (checks that need it are then not assessed)
 * @param controlOwners the control-owner sheet, or null when none was given
 * @param controlIds every control id of the catalog, in catalog order (ACT-06 needs an owner for each)
 * @param exceptions the exceptions with their state at the as-of date (RVK-05 judges them)
 * @param index facts across identities, gathered before the checks judge
 * @param identityAttestations the attestations that each speak for one identity, in file order (ACT-07 judges
 *     identities by them); never listed with the control attestations
 */
public record CheckContext(Inventory inventory, Policy policy, Instant asOf, List<Person> people,
        List<ControlOwner> controlOwners, List<String> controlIds, List<AppliedException> exceptions,
        InventoryIndex index, List<Attestation> identityAttestations) {

    /** A context without identity attestations. */
    public CheckContext(Inventory inventory, Policy policy, Instant asOf, List<Person> people,
            List<ControlOwner> controlOwners, List<String> controlIds, List<AppliedException> exceptions,
            InventoryIndex index) {
        this(inventory, policy, asOf, people, controlOwners, controlIds, exceptions, index, List.of());
    }

    /** A context whose index is gathered from the inventory here, in one walk. */
    public CheckContext(Inventory inventory, Policy policy, Instant asOf, List<Person> people,
            List<ControlOwner> controlOwners, List<String> controlIds, List<AppliedException> exceptions) {
        this(inventory, policy, asOf, people, controlOwners, controlIds, exceptions,
                InventoryIndex.of(inventory.identities()));
    }

    /** The identity attestations of one control, in file order. */
    public List<Attestation> identityAttestations(String controlId) {
        return identityAttestations.stream().filter(a -> controlId.equals(a.controlId())).toList();
    }
}
