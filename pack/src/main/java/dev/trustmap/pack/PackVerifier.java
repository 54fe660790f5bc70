package dev.trustmap.pack;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.PackArchive.Entry;
import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.Verification.Failure;
import dev.trustmap.pack.Verification.SignatureCheck;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a pack without extracting it: {@code manifest.json} first and exactly as trustmap writes it, every file
 * it lists present with its size and SHA-256, nothing extra, and, when a public key is given, the signature. The
 * archive itself is read through {@link PackArchive}, which refuses unsafe paths, duplicates and zip bombs, and
 * {@link ZipLayout}, which refuses bytes around the entries and entries that are not regular files.
 *
 * <p>What is not checked: entry times, permission bits (only that each entry is a regular file) and the order of the
 * files after the manifest, which carry no content; a pack re-zipped by another tool still verifies if every file is
 * intact and nothing is added around them.
 */
public final class PackVerifier {

    private PackVerifier() {
    }

    /**
     * @param publicKey checks the signature when present; a signed pack without one is checked for content only
     * @throws InputException when the file cannot be read as a zip archive at all
     */
    public static Verification verify(Path zip, Optional<PublicKey> publicKey) {
        return verify(zip, publicKey, PackLimits.DEFAULT);
    }

    /** As {@link #verify(Path, Optional)}, with other limits on how much the pack may inflate. */
    public static Verification verify(Path zip, Optional<PublicKey> publicKey, PackLimits limits) {
        return verify(zip, publicKey, limits, Optional.empty());
    }

    /**
     * Verifies the pack and reads one of its files in the same pass: the reader is handed the entry's content as
     * the verifier hashes it, and what it made of it is returned only when the whole pack verified. No second read
     * happens, so nothing read can differ from what was checked.
     *
     * @param path the file, e.g. {@code data/assessment.json}
     * @throws InputException when the file cannot be read as a zip archive at all
     */
    public static <T> VerifiedRead<T> verifyAndRead(Path zip, Optional<PublicKey> publicKey, String path,
            ContentReader<T> reader) {
        ContentTap<T> tap = new ContentTap<>(path, reader);
        return tap.result(verify(zip, publicKey, PackLimits.DEFAULT, Optional.of(tap)));
    }

    private static Verification verify(Path zip, Optional<PublicKey> publicKey, PackLimits limits,
            Optional<ContentTap<?>> tap) {
        PackArchive.Listing listing = PackArchive.read(zip, limits, tap);
        List<Failure> failures = new ArrayList<>(listing.failures());
        Optional<Entry> manifestEntry = listing.entry(PackManifest.MANIFEST);
        Optional<Entry> signatureEntry = listing.entry(PackManifest.SIGNATURE);
        if (!listing.complete()) {
            return new Verification(Optional.empty(), SignatureCheck.NOT_CHECKED, 0, failures);
        }
        order(listing, failures);
        Optional<byte[]> manifestBytes = manifestEntry.filter(e -> !e.damaged()).map(Entry::content);
        Optional<PackManifest> manifest = manifestBytes.flatMap(bytes -> manifest(zip.getFileName() + "!"
                + PackManifest.MANIFEST, bytes, failures));
        if (manifestEntry.isEmpty() && !listing.names().contains(PackManifest.MANIFEST)) {
            failures.add(new Failure(PackManifest.MANIFEST, "missing: this is not a trustmap pack, or the manifest"
                    + " was removed"));
        }
        SignatureCheck signature = signature(manifestBytes, signatureEntry.map(Entry::content), manifest, publicKey,
                failures);
        int checked = manifest.map(m -> files(m, listing, failures)).orElse(0);
        return new Verification(manifest, signature, checked, failures);
    }

    private static void order(PackArchive.Listing listing, List<Failure> failures) {
        List<String> names = listing.names();
        if (!names.isEmpty() && names.contains(PackManifest.MANIFEST) && !names.get(0).equals(PackManifest.MANIFEST)) {
            failures.add(new Failure(PackManifest.MANIFEST, "is not the first entry of the archive ('" + names.get(0)
                    + "' is)"));
        }
        int signatureAt = names.indexOf(PackManifest.SIGNATURE);
        if (signatureAt > 1) {
            failures.add(new Failure(PackManifest.SIGNATURE, "is not the second entry of the archive"));
        }
    }

    /** The manifest read from its bytes, which must be exactly what trustmap writes for it. */
    static Optional<PackManifest> manifest(String source, byte[] content, List<Failure> failures) {
        PackManifest manifest;
        try {
            manifest = PackManifestJson.read(content, source);
        } catch (InputException e) {
            for (InputProblem problem : e.problems()) {
                String where = problem.location().isEmpty() ? "" : " at " + problem.location();
                failures.add(new Failure(PackManifest.MANIFEST, "cannot be read" + where + ": " + problem.message()));
            }
            return Optional.empty();
        }
        if (!Arrays.equals(PackManifestJson.write(manifest), content)) {
            failures.add(new Failure(PackManifest.MANIFEST, "is not byte for byte what trustmap writes for its own"
                    + " content: it was edited after packing"));
        }
        return Optional.of(manifest);
    }

    /**
     * The signature's part: whether the manifest's claims (signed or not, and by whom) agree with what is there,
     * and, with a public key, whether {@code manifest.sig} verifies the manifest's bytes with it.
     */
    static SignatureCheck signature(Optional<byte[]> manifestBytes, Optional<byte[]> signatureBytes,
            Optional<PackManifest> manifest, Optional<PublicKey> publicKey, List<Failure> failures) {
        boolean present = signatureBytes.isPresent();
        Optional<String> given = publicKey.map(SigningKeys::fingerprint);
        manifest.ifPresent(m -> {
            if (m.signed() && !present && publicKey.isEmpty()) {
                failures.add(new Failure(PackManifest.SIGNATURE, "missing, though manifest.json says the pack is"
                        + " signed (" + m.signature() + ")"));
            }
            if (!m.signed() && present) {
                failures.add(new Failure(PackManifest.SIGNATURE, "present, though manifest.json says the pack is"
                        + " unsigned"));
            }
            if (m.signer() != null && given.isPresent() && !m.signer().equals(given.get())) {
                failures.add(new Failure(PackManifest.MANIFEST, "names signer " + m.signer() + ", but the public"
                        + " key given is " + given.get() + ": the pack was signed with another key"));
            }
        });
        if (publicKey.isEmpty()) {
            return present ? SignatureCheck.NOT_CHECKED : SignatureCheck.UNSIGNED;
        }
        if (!present) {
            failures.add(new Failure(PackManifest.SIGNATURE, "missing: a public key was given, but the pack is"
                    + " unsigned"));
            return SignatureCheck.MISSING;
        }
        Optional<byte[]> raw = ManifestSignature.decode(signatureBytes.get());
        if (raw.isEmpty()) {
            failures.add(new Failure(PackManifest.SIGNATURE, "is not an Ed25519 signature as trustmap writes it"
                    + " (one line of 88 base64 characters)"));
            return SignatureCheck.BAD;
        }
        if (manifestBytes.isEmpty() || !ManifestSignature.verifies(manifestBytes.get(), raw.get(),
                publicKey.get())) {
            failures.add(new Failure(PackManifest.SIGNATURE, "does not verify manifest.json with public key "
                    + given.get() + ": manifest.json or manifest.sig was changed after signing, or the pack was"
                    + " signed with another key"));
            return SignatureCheck.BAD;
        }
        return SignatureCheck.GOOD;
    }

    /** Compares the manifest's files with the archive's entries; returns how many were compared. */
    private static int files(PackManifest manifest, PackArchive.Listing listing, List<Failure> failures) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        listing.entries().stream()
                .filter(e -> !e.name().equals(PackManifest.MANIFEST) && !e.name().equals(PackManifest.SIGNATURE))
                .forEach(e -> entries.putIfAbsent(e.name(), e));
        Set<String> listed = new HashSet<>();
        int checked = 0;
        for (FileRecord file : manifest.files()) {
            String path = file.path();
            Optional<String> unsafe = EntryPaths.problem(path);
            if (unsafe.isPresent() || path.equals(PackManifest.MANIFEST) || path.equals(PackManifest.SIGNATURE)) {
                failures.add(new Failure(EntryPaths.printable(path), "manifest.json lists a path a pack cannot hold"
                        + unsafe.map(why -> ": it " + why).orElse("")));
                continue;
            }
            if (!listed.add(path)) {
                failures.add(new Failure(path, "is listed more than once in manifest.json"));
                continue;
            }
            Entry entry = entries.get(path);
            if (entry == null) {
                if (!listing.names().contains(path)) {
                    failures.add(new Failure(path, "missing from the archive, though manifest.json lists it"));
                }
                continue;
            }
            checked++;
            ContentDigest digest = entry.digest();
            if (!entry.damaged() && (digest.size() != file.size() || !digest.sha256().equals(file.sha256()))) {
                failures.add(new Failure(path, "content does not match manifest.json: " + digest.size()
                        + " bytes with SHA-256 " + digest.sha256() + ", expected " + file.size()
                        + " bytes with SHA-256 " + file.sha256()));
            }
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name)) {
                failures.add(new Failure(name, "is not listed in manifest.json (added after packing?)"));
            }
        }
        storedInputs(manifest, failures);
        return checked;
    }

    /** Each stored input's copy is a file the manifest lists, with the digest the input record gives. */
    static void storedInputs(PackManifest manifest, List<Failure> failures) {
        for (InputRecord input : manifest.inputs()) {
            if (input.storedPath() == null) {
                continue;
            }
            Optional<FileRecord> stored = manifest.file(input.storedPath());
            if (stored.isEmpty()) {
                failures.add(new Failure(input.storedPath(), "manifest.json says input '" + input.name()
                        + "' is stored here, but does not list the file"));
            } else if (!stored.get().sha256().equals(input.storedSha256())) {
                failures.add(new Failure(input.storedPath(), "manifest.json gives input '" + input.name()
                        + "' a stored SHA-256 other than the file's"));
            }
        }
    }
}
