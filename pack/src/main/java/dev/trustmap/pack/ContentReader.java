package dev.trustmap.pack;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one file of a pack as the verifier hashes it, so that what is read is the very content that was checked
 * (see {@link PackVerifier#verifyAndRead}).
 *
 * @param <T> what the file is read into
 */
@FunctionalInterface
public interface ContentReader<T> {

    /** Reads the file's content; closing {@code content} is allowed and leaves the rest to be hashed. */
    T read(InputStream content) throws IOException;
}
