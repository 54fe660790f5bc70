package dev.trustmap.model.owner;

import java.time.Instant;

/**
 * A person in the people directory: an owner's email address, and whether and when they left.
 *
 * @param email as written; compare it without regard to case
 * @param departed true when the directory says the person has left
 * @param departedOn when they left; null when not recorded
 */
public record Person(String email, String name, boolean departed, Instant departedOn) {
}
