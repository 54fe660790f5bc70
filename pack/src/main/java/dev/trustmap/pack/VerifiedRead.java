package dev.trustmap.pack;

import java.util.Objects;
import java.util.Optional;

/**
 * A pack verified, and one of its files read in the same pass from the bytes whose digest was checked.
 *
 * @param verification what the verifier found
 * @param content what the reader made of the file: empty unless the pack verified and holds the file
 * @param unreadable what the reader threw, when the pack verified but the reader could not read the file
 * @param <T> what the file was read into
 */
public record VerifiedRead<T>(Verification verification, Optional<T> content, Optional<Exception> unreadable) {

    public VerifiedRead {
        Objects.requireNonNull(verification, "verification");
        if (!verification.passed() && (content.isPresent() || unreadable.isPresent())) {
            throw new IllegalArgumentException("nothing is read from a pack that failed verification");
        }
    }
}
