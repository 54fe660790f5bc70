package dev.trustmap.model.owner;

import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One name per person. Exports and sheets write the same owner several ways: {@code Alice@Example.com},
 * {@code alice@example.com}, the handle {@code alice}, the name {@code Alice Smith}. Where the people directory
 * lists the person, each of those becomes the address the directory gives, so that the person is one owner in
 * every report and every count. A handle or name that fits two people, or nobody, is left as written: a guess
 * would move work to the wrong person.
 */
public final class OwnerNames {

    private final Map<String, String> byKey = new HashMap<>();

    private OwnerNames(List<Person> directory) {
        Map<String, String> emails = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Person person : directory) {
            String email = person.email() == null ? "" : person.email().strip();
            if (email.isEmpty()) {
                continue;
            }
            emails.putIfAbsent(key(email), email);
            int at = email.indexOf('@');
            claim(others, ambiguous, at > 0 ? email.substring(0, at) : null, email);
            claim(others, ambiguous, person.name(), email);
        }
        ambiguous.forEach(others::remove);
        byKey.putAll(others);
        byKey.putAll(emails); // an address always wins over a handle or name that happens to equal it
    }

    /** Matching against {@code directory}; null or empty matches nothing. */
    public static OwnerNames of(List<Person> directory) {
        return new OwnerNames(directory == null ? List.of() : directory);
    }

    /** The directory's address for {@code owner}, or {@code owner} as written when none fits it alone. */
    public String canonical(String owner) {
        if (owner == null || byKey.isEmpty()) {
            return owner;
        }
        return byKey.getOrDefault(key(owner), owner);
    }

    /** The inventory with every identity's owners written the directory's way (a replayed list stays replayed). */
    public Inventory apply(Inventory inventory) {
        if (byKey.isEmpty()) {
            return inventory;
        }
        List<Identity> source = inventory.identities();
        List<Identity> identities = ReplayedList.mapped(source, this::apply);
        return new Inventory(inventory.asOf(), inventory.sources(), identities, inventory.leaks(),
                inventory.warnings());
    }

    private Identity apply(Identity identity) {
        String technical = canonical(identity.technicalOwner());
        String business = canonical(identity.businessOwner());
        if (same(technical, identity.technicalOwner()) && same(business, identity.businessOwner())) {
            return identity;
        }
        return identity.toBuilder().technicalOwner(technical).businessOwner(business).build();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void claim(Map<String, String> others, Set<String> ambiguous, String name, String email) {
        if (name == null || name.isBlank()) {
            return;
        }
        String previous = others.putIfAbsent(key(name), email);
        if (previous != null && !previous.equalsIgnoreCase(email)) {
            ambiguous.add(key(name));
        }
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
