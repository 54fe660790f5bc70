package dev.trustmap.pack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code manifest.sig}: the 64-byte Ed25519 signature over the exact bytes of {@code manifest.json}, written as
 * one line of base64 (RFC 4648, with padding: 88 characters) and a newline. Ed25519 is deterministic, so the same
 * manifest and key give the same signature and the pack stays byte-identical. To check it without trustmap:
 * {@code base64 -d manifest.sig > sig.bin; openssl pkeyutl -verify -pubin -inkey trustmap.pub -rawin
 * -in manifest.json -sigfile sig.bin}.
 */
public final class ManifestSignature {

    static final int SIGNATURE_BYTES = 64;

    private ManifestSignature() {
    }

    /** The content of {@code manifest.sig} for this manifest. */
    public static byte[] sign(byte[] manifest, PrivateKey key) {
        if (!SigningKeys.isEd25519(key)) {
            throw new IllegalArgumentException("packs are signed with Ed25519 keys, not " + key.getAlgorithm());
        }
        try {
            Signature signature = Signature.getInstance(PackManifest.ED25519);
            signature.initSign(key);
            signature.update(manifest);
            String line = Base64.getEncoder().encodeToString(signature.sign()) + "\n";
            return line.getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }

    /**
     * The raw signature in a {@code manifest.sig}, or empty unless the file is exactly what {@link #sign} writes
     * (so that no byte of it can change unnoticed, not even base64 padding bits).
     */
    static Optional<byte[]> decode(byte[] file) {
        String text = new String(file, StandardCharsets.US_ASCII);
        if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        String line = text.substring(0, text.length() - 1);
        try {
            byte[] raw = Base64.getDecoder().decode(line);
            boolean canonical = raw.length == SIGNATURE_BYTES && Base64.getEncoder().encodeToString(raw).equals(line);
            return canonical ? Optional.of(raw) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code raw} is {@code key}'s signature over {@code manifest}. */
    static boolean verifies(byte[] manifest, byte[] raw, PublicKey key) {
        if (!SigningKeys.isEd25519(key)) {
            throw new IllegalArgumentException("packs are verified with Ed25519 keys, not " + key.getAlgorithm());
        }
        try {
            Signature signature = Signature.getInstance(PackManifest.ED25519);
            signature.initVerify(key);
            signature.update(manifest);
            return signature.verify(raw);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
