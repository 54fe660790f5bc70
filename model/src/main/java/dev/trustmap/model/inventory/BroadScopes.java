package dev.trustmap.model.inventory;

import java.util.Locale;
import java.util.Set;

/**
 * Delegated OAuth scopes that reach every object of a kind rather than named ones: Microsoft Graph's
 * {@code *.ReadWrite.All} (write to every user, group, file or mailbox the signed-in user can reach, or the whole
 * directory), full directory access as the user, and a mailbox's read-write or send rights. Evidence marks an identity
 * privileged when it holds one for every user; checks treat one as an unbounded scope.
 */
public final class BroadScopes {

    /** Broad scopes without the {@code .ReadWrite.All} suffix, in lower case. */
    private static final Set<String> NAMED = Set.of("directory.accessasuser.all", "mail.readwrite", "mail.send",
            "full_access_as_user");

    private BroadScopes() {
    }

    /** True for a scope that writes to every object of its kind; compared without case, as Entra does. */
    public static boolean broad(String scope) {
        if (scope == null) {
            return false;
        }
        String lower = scope.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".readwrite.all") || NAMED.contains(lower);
    }
}
