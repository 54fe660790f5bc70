package dev.trustmap.assessment;

import dev.trustmap.model.text.NameBasedUuid;
import java.util.UUID;

/**
 * Finding ids that stay the same across quarters: a name-based UUID, version 5 (SHA-1, RFC 9562), of control,
 * identity and credential in trustmap's own namespace. The same problem next quarter has the same id.
 */
public final class FindingIds {

    /** trustmap's namespace for finding ids; never change it, or every finding id changes. */
    static final UUID NAMESPACE = UUID.fromString("6d1b7f3e-2a4c-5e8f-9b0d-7c3a1e5f2b94");

    private FindingIds() {
    }

    public static String of(String control, String identity, String credential) {
        return uuid5(NAMESPACE, control + "\u001f" + identity + "\u001f" + (credential == null ? "" : credential))
                .toString();
    }

    static UUID uuid5(UUID namespace, String name) {
        return NameBasedUuid.of(namespace, name);
    }
}
