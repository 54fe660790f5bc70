package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.pack.Verification.Failure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipLayoutTest {

    @TempDir
    Path dir;

    private byte[] pack;

    @BeforeEach
    void pack() throws IOException {
        Path zip = PackFixture.pack(PackFixture.stage(dir.resolve("staged")), Optional.empty(),
                dir.resolve("pack.zip"));
        pack = Files.readAllBytes(zip);
    }

    @Test
    void aPackTrustmapWroteHasNothingAroundItsEntries() throws IOException {
        assertThat(ZipLayout.problems(Files.write(dir.resolve("a.zip"), pack), 100)).isEmpty();
    }

    @Test
    void aCommentIsRefused() throws IOException {
        byte[] commented = Arrays.copyOf(pack, pack.length + 5);
        commented[pack.length - 2] = 5; // the end record's comment length, its last two bytes
        System.arraycopy("hello".getBytes(StandardCharsets.US_ASCII), 0, commented, pack.length, 5);
        assertThat(ZipLayout.problems(Files.write(dir.resolve("a.zip"), commented), 100)).containsExactly(
                new Failure("a.zip", "has a zip comment of 5 bytes; trustmap writes none, and no check covers what"
                        + " a comment says"));
    }

    @Test
    void bytesAfterTheEndRecordAreRefused() throws IOException {
        byte[] longer = Arrays.copyOf(pack, pack.length + 7);
        assertThat(ZipLayout.problems(Files.write(dir.resolve("a.zip"), longer), 100)).containsExactly(
                new Failure("a.zip", "7 bytes follow the end of the archive (its end-of-central-directory record);"
                        + " trustmap writes none, and no check covers them"));
    }

    @Test
    void bytesBeforeTheFirstEntryAreRefused() throws IOException {
        byte[] prefixed = new byte[pack.length + 3];
        System.arraycopy(pack, 0, prefixed, 3, pack.length);
        assertThat(ZipLayout.problems(Files.write(dir.resolve("a.zip"), prefixed), 100)).containsExactly(
                new Failure("a.zip", "3 bytes come before the first entry; trustmap writes none, and no check"
                        + " covers them"));
    }

    @Test
    void aZip64ArchiveWithItsExtraEndRecordsIsLaidOutAsItShouldBe() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 0xffff; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
                zip.closeEntry();
            }
        }
        Path zip64 = Files.write(dir.resolve("many.zip"), bytes.toByteArray());
        assertThat(ZipLayout.problems(zip64, 100_000)).isEmpty();
    }

    @Test
    void onlyARegularFileOrNoTypeAtAllIsAPackEntry() {
        assertThat(ZipLayout.refusal(0)).isEmpty();
        assertThat(ZipLayout.refusal(0100644 << 16)).isEmpty();
        assertThat(ZipLayout.refusal(0x20)).isEmpty(); // MS-DOS "archive", which Windows sets on every new file
        assertThat(ZipLayout.refusal(0120777 << 16)).contains("refused: its zip attributes make it a symbolic link"
                + " (unix mode 0120777), not a regular file: unzip would create the link, and later entries could be"
                + " written through it to outside the target folder");
        assertThat(ZipLayout.refusal(040755 << 16 | 0x10)).contains("refused: its zip attributes make it a directory"
                + " (unix mode 040755), not a regular file, which is all a pack holds");
        assertThat(ZipLayout.refusal(0x10)).hasValueSatisfying(why -> assertThat(why)
                .contains("a directory (MS-DOS attribute 0x10)"));
        assertThat(ZipLayout.refusal(020644 << 16)).hasValueSatisfying(why -> assertThat(why)
                .contains("a character device (unix mode 020644)"));
        assertThat(ZipLayout.refusal(060644 << 16)).hasValueSatisfying(why -> assertThat(why)
                .contains("a block device (unix mode 060644)"));
        assertThat(ZipLayout.refusal(010644 << 16)).hasValueSatisfying(why -> assertThat(why)
                .contains("a named pipe (unix mode 010644)"));
    }
}
