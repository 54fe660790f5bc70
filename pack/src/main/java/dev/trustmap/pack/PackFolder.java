package dev.trustmap.pack;

import dev.trustmap.model.collection.DaemonPool;
import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.Verification.Failure;
import dev.trustmap.pack.Verification.SignatureCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A pack unpacked: the folder {@code trustmap quarterly} writes beside the zip, holding the same files and a copy of
 * {@code manifest.json} (and {@code manifest.sig}). It is checked as the zip is: the manifest exactly as trustmap
 * writes it, the signature with a public key, and every file it lists present as a regular file (not reached
 * through a symbolic link) with its size and SHA-256. Files the manifest does not list are neither read nor checked.
 */
public final class PackFolder {

    private static final long MAX_SIGNATURE_BYTES = 1024;

    private PackFolder() {
    }

    /**
     * Writes the manifest, and its signature when {@code signKey} is given, into {@code dir}: the same bytes as in
     * the pack made with the same manifest and key, since both are deterministic.
     */
    public static void writeManifest(Path dir, PackManifest manifest, Optional<PrivateKey> signKey)
            throws IOException {
        if (manifest.signed() != signKey.isPresent()) {
            throw new IllegalArgumentException("the manifest says " + manifest.signature() + ", so "
                    + (manifest.signed() ? "a" : "no") + " signing key is needed");
        }
        byte[] json = PackManifestJson.write(manifest);
        Files.write(dir.resolve(PackManifest.MANIFEST), json);
        if (signKey.isPresent()) {
            Files.write(dir.resolve(PackManifest.SIGNATURE), ManifestSignature.sign(json, signKey.get()));
        }
    }

    /** Checks the folder against its manifest; with a public key, the signature too. */
    public static Verification verify(Path dir, Optional<PublicKey> publicKey) {
        return verify(dir, publicKey, Optional.empty());
    }

    /** As {@link PackVerifier#verifyAndRead}, for a folder: the file is read once, as it is hashed. */
    public static <T> VerifiedRead<T> verifyAndRead(Path dir, Optional<PublicKey> publicKey, String path,
            ContentReader<T> reader) {
        ContentTap<T> tap = new ContentTap<>(path, reader);
        return tap.result(verify(dir, publicKey, Optional.of(tap)));
    }

    private static Verification verify(Path dir, Optional<PublicKey> publicKey, Optional<ContentTap<?>> tap) {
        List<Failure> failures = new ArrayList<>();
        Optional<byte[]> manifestBytes = small(dir, PackManifest.MANIFEST, PackLimits.DEFAULT.maxManifestBytes(),
                failures);
        if (manifestBytes.isEmpty()) {
            if (failures.isEmpty()) {
                failures.add(new Failure(PackManifest.MANIFEST, "missing: this folder is not an unpacked trustmap"
                        + " pack"));
            }
            return new Verification(Optional.empty(), SignatureCheck.NOT_CHECKED, 0, failures);
        }
        Optional<byte[]> signatureBytes = small(dir, PackManifest.SIGNATURE, MAX_SIGNATURE_BYTES, failures);
        Optional<PackManifest> manifest = PackVerifier.manifest(dir.getFileName() + "/" + PackManifest.MANIFEST,
                manifestBytes.get(), failures);
        SignatureCheck signature = PackVerifier.signature(manifestBytes, signatureBytes, manifest, publicKey,
                failures);
        int checked = 0;
        if (manifest.isPresent()) {
            checked = files(dir, manifest.get().files(), tap, failures);
            PackVerifier.storedInputs(manifest.get(), failures);
        }
        return new Verification(manifest, signature, checked, failures);
    }

    /**
     * Compares every listed file with the folder's, several at a time on the cores there are; the failures come in
     * the manifest's order all the same. Returns how many files could be compared.
     */
    private static int files(Path dir, List<FileRecord> files, Optional<ContentTap<?>> tap, List<Failure> failures) {
        Set<String> listed = new HashSet<>();
        List<Callable<Compared>> work = new ArrayList<>();
        for (FileRecord file : files) {
            if (!listed.add(file.path())) {
                Failure twice = new Failure(EntryPaths.printable(file.path()), "is listed more than once in"
                        + " manifest.json");
                work.add(() -> new Compared(false, List.of(twice)));
                continue;
            }
            work.add(() -> {
                List<Failure> found = new ArrayList<>();
                boolean compared = file(dir, file, tap, found);
                return new Compared(compared, found);
            });
        }
        ExecutorService pool = DaemonPool.of("trustmap-verify-folder", DaemonPool.threadsFor(work.size()));
        int checked = 0;
        try {
            for (Future<Compared> result : pool.invokeAll(work)) {
                Compared compared = result.get();
                checked += compared.compared() ? 1 : 0;
                failures.addAll(compared.failures());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new Failure(dir.getFileName().toString(), "was not read through: the verification was"
                    + " interrupted"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a file of the folder could not be compared", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return checked;
    }

    /** One listed file: whether it could be compared, and what was wrong with it. */
    private record Compared(boolean compared, List<Failure> failures) {
    }

    /** Compares one listed file with the folder's; false when it could not be compared at all. */
    private static boolean file(Path dir, FileRecord record, Optional<ContentTap<?>> tap, List<Failure> failures) {
        String path = record.path();
        Optional<String> unsafe = EntryPaths.problem(path);
        if (unsafe.isPresent() || path.equals(PackManifest.MANIFEST) || path.equals(PackManifest.SIGNATURE)) {
            failures.add(new Failure(EntryPaths.printable(path), "manifest.json lists a path a pack cannot hold"
                    + unsafe.map(why -> ": it " + why).orElse("")));
            return false;
        }
        Optional<Path> file = regularFile(dir, path, failures);
        if (file.isEmpty()) {
            return false;
        }
        ContentDigest digest;
        try (InputStream in = Files.newInputStream(file.get(), LinkOption.NOFOLLOW_LINKS)) {
            Optional<ContentTap<?>> wanted = tap.filter(t -> t.wants(path));
            if (wanted.isPresent()) {
                ContentDigest.Running running = new ContentDigest.Running();
                wanted.get().feed(running.hashing(in));
                digest = running.result();
            } else {
                digest = ContentDigest.of(in);
            }
        } catch (IOException e) {
            failures.add(new Failure(path, "cannot be read: " + e.getMessage()));
            return false;
        }
        if (digest.size() != record.size() || !digest.sha256().equals(record.sha256())) {
            failures.add(new Failure(path, "content does not match manifest.json: " + digest.size() + " bytes with"
                    + " SHA-256 " + digest.sha256() + ", expected " + record.size() + " bytes with SHA-256 "
                    + record.sha256()));
        }
        return true;
    }

    /** The file at {@code path} when it is a regular file reached through folders only, never through a link. */
    private static Optional<Path> regularFile(Path dir, String path, List<Failure> failures) {
        Path file = dir;
        for (String segment : path.split("/")) {
            file = file.resolve(segment);
            if (Files.isSymbolicLink(file)) {
                failures.add(new Failure(path, "is reached through a symbolic link (" + dir.relativize(file)
                        + "), so its content could be anywhere"));
                return Optional.empty();
            }
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            failures.add(new Failure(path, "missing from the folder, though manifest.json lists it"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            failures.add(new Failure(path, "is not a regular file"));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** A small file of the folder read whole, or empty when it is absent (or refused, with a failure). */
    private static Optional<byte[]> small(Path dir, String name, long limit, List<Failure> failures) {
        Path file = dir.resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            failures.add(new Failure(name, "is not a regular file"));
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (content.length > limit) {
                failures.add(new Failure(name, "refused: larger than " + limit + " bytes"));
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (IOException e) {
            failures.add(new Failure(name, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
