package dev.trustmap.reports.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardTallyTest {

    @TempDir
    Path dir;

    @Test
    void theDigestIsSha256OverTheDigestsOfTheFilesFixedPieces() throws IOException, NoSuchAlgorithmException {
        byte[] content = new byte[BoardTally.PIECE * 2 + 1234];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("a.json"), content);

        MessageDigest all = MessageDigest.getInstance("SHA-256");
        for (int start = 0; start < content.length; start += BoardTally.PIECE) {
            byte[] piece = Arrays.copyOfRange(content, start, Math.min(content.length, start + BoardTally.PIECE));
            all.update(MessageDigest.getInstance("SHA-256").digest(piece));
        }
        assertThat(BoardTally.digest(file)).isEqualTo(HexFormat.of().formatHex(all.digest()));

        content[BoardTally.PIECE + 5] ^= 1; // one bit in the second piece
        Files.write(file, content);
        assertThat(BoardTally.digest(file)).isNotEqualTo(HexFormat.of().formatHex(all.digest()));
    }

    @Test
    void anEmptyFileIsOnePieceOfNothing() throws IOException, NoSuchAlgorithmException {
        Path file = Files.write(dir.resolve("empty.json"), new byte[0]);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] expected = sha.digest(MessageDigest.getInstance("SHA-256").digest());
        assertThat(BoardTally.digest(file)).isEqualTo(HexFormat.of().formatHex(expected));
    }
}
