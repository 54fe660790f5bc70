package dev.trustmap.evidence;

import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.collection.SpillFolder;
import dev.trustmap.model.collection.SpillStreams;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakReference;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The merged identities of a large import, in id order, read back from a temporary file on every walk. Leaked
 * secrets are linked to their credentials as the identities are read: which credential a leak belongs to is only
 * known once every identity has been merged, after they were written.
 */
final class MergedIdentities extends ReplayedList<Identity> {

    /** A leak to record on the credentials with this id when the identity holding them is read. */
    record Link(String credentialId, LeakReference leak) {
    }

    private final Path file;
    private final int size;
    private final Map<String, List<Link>> links;

    private MergedIdentities(Path file, int size, Map<String, List<Link>> links) {
        this.file = file;
        this.size = size;
        this.links = links;
    }

    /** The identity with its leaks recorded, in the order the leaks were found; itself when it has none. */
    static Identity linked(Identity identity, List<Link> links) {
        if (links == null) {
            return identity;
        }
        List<Credential> credentials = identity.credentials();
        for (Link link : links) {
            credentials = credentials.stream()
                    .map(c -> c.id().equals(link.credentialId()) ? c.withLeak(link.leak()) : c)
                    .toList();
        }
        return identity.toBuilder().credentials(credentials).build();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Identity> iterator() {
        return new Iterator<>() {
            private final IdentityCodec codec = new IdentityCodec();
            private DataInputStream in;
            private int read;

            @Override
            public boolean hasNext() {
                return read < size;
            }

            @Override
            public Identity next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    if (in == null) {
                        in = SpillStreams.input(file);
                    }
                    Identity identity = codec.read(in);
                    if (++read == size) {
                        in.close();
                    }
                    return linked(identity, links.get(identity.id()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read back the imported identities from " + file + ": "
                            + e.getMessage(), e);
                }
            }
        };
    }

    /** Writes the merged identities as they come, in id order. */
    static final class Writer implements AutoCloseable {

        private final Path file;
        private final DataOutputStream out;
        private final IdentityCodec codec = new IdentityCodec();
        private int size;

        Writer(SpillFolder folder) {
            this.file = folder.newFile("merged");
            try {
                this.out = SpillStreams.output(file);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        void add(Identity identity) {
            try {
                codec.write(out, identity);
                size++;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Hands every id written to {@code ids}, in order, reading only the ids back. */
        void eachId(Consumer<String> ids) {
            try {
                out.flush();
                IdentityCodec reader = new IdentityCodec();
                try (DataInputStream in = SpillStreams.input(file)) {
                    for (int i = 0; i < size; i++) {
                        ids.accept(reader.readId(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the imported identities from " + file + ": "
                        + e.getMessage(), e);
            }
        }

        /** The identities written, with the leaks to link as they are read. */
        MergedIdentities finish(Map<String, List<Link>> links) {
            close();
            return new MergedIdentities(file, size, Map.copyOf(links));
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private UncheckedIOException failed(IOException e) {
            return new UncheckedIOException("cannot write the imported identities to a temporary file " + file
                    + ": " + e.getMessage(), e);
        }
    }
}
