package dev.trustmap.evidence.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipGuardTest {

    @TempDir
    Path dir;

    private Path zip(String name, long zeros) throws IOException {
        Path path = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[1 << 16];
            for (long written = 0; written < zeros; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return path;
    }

    @Test
    void partThatInflatesAThousandfoldIsRefused() throws IOException {
        Path bomb = zip("bomb.xlsx", 64L << 20);
        assertThatThrownBy(() -> ZipGuard.check(bomb, "bomb.xlsx")).isInstanceOf(InputException.class)
                .hasMessageContaining("bomb.xlsx").hasMessageContaining("xl/worksheets/sheet1.xml inflates more than"
                        + " 100 times");
    }

    @Test
    void smallHighlyCompressiblePartIsWithinTheGrace() throws IOException {
        Path fine = zip("fine.xlsx", 1L << 20);
        assertThatCode(() -> ZipGuard.check(fine, "fine.xlsx")).doesNotThrowAnyException();
    }
}
