package dev.trustmap.pack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Hands one file's content to a {@link ContentReader} while the verifier reads it, then reads whatever the reader
 * left, so the verifier's digest covers every byte either way. A failure of the stream (a zip bomb, a damaged
 * entry) stays the verifier's; only what the reader itself could not make sense of is kept as unreadable.
 */
final class ContentTap<T> {

    private final String path;
    private final ContentReader<T> reader;
    private T content;
    private Exception unreadable;

    ContentTap(String path, ContentReader<T> reader) {
        this.path = path;
        this.reader = reader;
    }

    boolean wants(String name) {
        return path.equals(name);
    }

    /** Feeds {@code in} to the reader and then reads it to its end. */
    void feed(InputStream in) throws IOException {
        Watched watched = new Watched(in);
        try {
            content = reader.read(watched);
        } catch (IOException | RuntimeException e) {
            if (watched.failure == null) {
                unreadable = e;
            }
        }
        if (watched.failure != null) {
            throw watched.failure;
        }
        in.transferTo(OutputStream.nullOutputStream());
    }

    /** The result for a pack that verified; nothing at all for one that did not. */
    VerifiedRead<T> result(Verification verification) {
        if (!verification.passed()) {
            return new VerifiedRead<>(verification, Optional.empty(), Optional.empty());
        }
        return new VerifiedRead<>(verification, Optional.ofNullable(unreadable == null ? content : null),
                Optional.ofNullable(unreadable));
    }

    /** The content as the reader sees it: a failure of the stream is remembered, and closing it does nothing. */
    private static final class Watched extends FilterInputStream {
        private IOException failure;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void close() {
            // the rest is still to be hashed
        }
    }
}
