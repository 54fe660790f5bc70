package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.AppliedException;
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
 */
public record CheckContext(Inventory inventory, Policy policy, Instant asOf, List<Person> people,
        List<ControlOwner> controlOwners, List<String> controlIds, List<AppliedException> exceptions,
        InventoryIndex index) {

    /** A context whose index is gathered from the inventory here, in one walk. */
    public CheckContext(Inventory inventory, Policy policy, Instant asOf, List<Person> people,
            List<ControlOwner> controlOwners, List<String> controlIds, List<AppliedException> exceptions) {
        this(inventory, policy, asOf, people, controlOwners, controlIds, exceptions,
                InventoryIndex.of(inventory.identities()));
    }
}
