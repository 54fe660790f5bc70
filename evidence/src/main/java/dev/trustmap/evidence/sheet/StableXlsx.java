package dev.trustmap.evidence.sheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a POI workbook so that its bytes depend on its content only: the creation and modification times are the
 * instant given (an as-of date, never the clock), and every part of the zip carries that instant as its date,
 * where POI would stamp the time of writing.
 */
public final class StableXlsx {

    private StableXlsx() {
    }

    /**
     * Copies the parts of {@code in} that {@code keep} accepts into {@code zip}, in their order, each dated
     * {@code time} (a DOS date in no time zone).
     */
    public static void copyParts(ZipFile in, ZipOutputStream zip, LocalDateTime time, Predicate<String> keep)
            throws IOException {
        for (ZipEntry entry : Collections.list(in.entries())) {
            if (!keep.test(entry.getName())) {
                continue;
            }
            ZipEntry copy = new ZipEntry(entry.getName());
            copy.setTimeLocal(time);
            zip.putNextEntry(copy);
            try (InputStream part = in.getInputStream(entry)) {
                part.transferTo(zip);
            }
            zip.closeEntry();
        }
    }

    /** Writes {@code workbook} (XSSF, or SXSSF streaming over one) to {@code out}; the caller closes both. */
    public static void write(Workbook workbook, Instant created, OutputStream out) throws IOException {
        XSSFWorkbook base = workbook instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook()
                : (XSSFWorkbook) workbook;
        POIXMLProperties.CoreProperties core = base.getProperties().getCoreProperties();
        core.setCreator("trustmap");
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
        // read back through the central directory: POI's streaming writer leaves local sizes to data descriptors
        Path written = Files.createTempFile("trustmap-", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(written)) {
                workbook.write(file);
            }
            // a DOS date in no time zone: setTime would convert through the JVM's zone
            LocalDateTime time = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
            // buffered: the zip hands on each deflated piece of half a kilobyte as it comes
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
            try (ZipFile in = new ZipFile(written.toFile(), StandardCharsets.UTF_8)) {
                copyParts(in, zip, time, name -> true);
            }
            zip.finish();
            zip.flush();
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
