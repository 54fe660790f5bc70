package dev.trustmap.evidence.redact;

import dev.trustmap.model.collection.BoundedMemo;
import java.util.Set;

/**
 * Members and columns whose values are identifiers: ids, accessors, ARNs, fingerprints, thumbprints, commits. Some
 * are random by design (a Vault token accessor, a key's thumbprint in base64), so they get the issuers' secret
 * shapes only, never the random-token rule that guards text a person typed. Names are compared without case,
 * underscores, hyphens, dots or spaces; anything ending in {@code id}, {@code ids}, {@code identifier}, {@code hash}
 * or {@code pin}, or naming a SHA digest, counts.
 */
final class IdentifierNames {

    private static final Set<String> NAMES = Set.of("accessor", "arn", "fingerprint", "thumbprint", "commit", "sha",
            "hash", "etag", "serial", "serialnumber", "keyid", "uid", "identity");

    private IdentifierNames() {
    }

    private static final BoundedMemo<String, Boolean> JUDGED = new BoundedMemo<>(MemberNames.REMEMBERED,
            IdentifierNames::judge);

    static boolean is(String name) {
        return name != null && JUDGED.apply(name);
    }

    private static boolean judge(String name) {
        String key = MemberNames.plain(name);
        return NAMES.contains(key) || key.endsWith("id") || key.endsWith("ids") || key.endsWith("identifier")
                || key.endsWith("fingerprint") || key.endsWith("thumbprint") || key.endsWith("hash")
                || key.endsWith("pin") || key.contains("sha1") || key.contains("sha256");
    }
}
