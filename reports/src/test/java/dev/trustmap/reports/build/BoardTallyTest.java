package dev.trustmap.reports.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.assessment.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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

    @Test
    void anAssessmentWithoutRemediationFiguresCannotVouchForATallyItIsPassedOverWithANote() throws IOException {
        // a tally bound to its file, as assess writes it, but beside an assessment of the first schema, which keeps
        // no remediation figures (only a forged tally gets there): passed over, not an internal error
        Path file = Files.writeString(dir.resolve("assessment.json"), "{\"findings\": []}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardTally.write(new FindingTally(), file, 12, 14, out);
        Files.write(dir.resolve(BoardTally.FILE), out.toByteArray());
        List<String> notes = new ArrayList<>();
        Optional<BoardTally> kept = BoardTally.read(file, notes::add);
        assertThat(kept).as(String.join("; ", notes)).isPresent();

        Assessment schemaOne = new Assessment(null, null, null, null, List.of(), List.of(), null, List.of(),
                List.of(), null, List.of(), List.of(), null, List.of(), List.of(), null, List.of(), List.of(), null,
                List.of());
        assertThat(kept.get().agreeing(schemaOne, notes::add)).isEmpty();
        assertThat(notes).singleElement().asString().contains("board-tally.json disagrees with the totals of")
                .contains("keeps no remediation figures");
    }
}
