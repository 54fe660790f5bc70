package dev.trustmap.model.assessment;

import java.util.List;

/**
 * The programme's maturity stage: 1 inventory, 2 ownership, 3 rotation and expiry, 4 runtime policy and
 * delegation; 0 when even the inventory is not in place.
 *
 * @param next what the next stage needs: the controls of its group not yet met
 */
public record Maturity(int stage, String name, List<String> next) {
}
