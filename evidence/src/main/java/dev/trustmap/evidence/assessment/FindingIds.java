package dev.trustmap.evidence.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
