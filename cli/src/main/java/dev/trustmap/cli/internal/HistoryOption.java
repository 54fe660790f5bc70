package dev.trustmap.cli.internal;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.quarterly.History;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --history DIR... [--history-key FILE]}: earlier quarters for the trend, each verified before it is read. */
public final class HistoryOption {

    @Option(names = "--history", paramLabel = "DIR", description = "Earlier quarters for the trend and the change"
            + " since last quarter: evidence packs (trustmap-*.zip), the folders they were unpacked into, or folders"
            + " holding them (searched; hidden files and *.partial skipped). Each is verified before it is read.")
    private List<Path> places = new ArrayList<>();

    @Option(names = "--history-key", paramLabel = "FILE", description = "The public key (.pub) the earlier packs"
            + " were signed with: each must then carry a signature that verifies with it. Without it, their"
            + " content is verified and their signatures are not.")
    private Path key;

    /** The earlier quarters' assessments, before {@code before}; a quarter that does not verify stops the run. */
    public List<Assessment> read(Instant before) {
        return History.read(places, before, publicKey());
    }

    /** The earlier quarters' places as given. */
    public List<Path> places() {
        return places;
    }

    /** The key every earlier pack must be signed with, when given. */
    public Optional<PublicKey> key() {
        return publicKey();
    }

    private Optional<PublicKey> publicKey() {
        return Optional.ofNullable(key).map(SigningKeys::readPublic);
    }
}
