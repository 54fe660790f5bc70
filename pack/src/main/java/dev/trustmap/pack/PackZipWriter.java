package dev.trustmap.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a pack's zip itself, since {@link java.util.zip.ZipOutputStream} cannot take content deflated elsewhere
 * (here by {@link ParallelDeflate}). The archive holds what {@link ZipLayout} expects and nothing more: local
 * headers with the UTF-8 flag and sizes and CRC-32 in them (no data descriptors), one fixed DOS time, no extra field
 * but zip64's where a size or offset needs it, external attributes 0, versions as {@code ZipOutputStream} writes
 * them, then the central directory and the end record, preceded by the zip64 end record and its locator only when
 * the directory's count, size or offset needs them.
 *
 * <p>Each local header is written with the sizes still unknown and patched in place once its content is written.
 * An entry whose content deflates past the ratio {@link PackLimits#tooCompressed} allows is cut off at its header
 * and written again stored: only that entry's bytes are written twice.
 */
final class PackZipWriter {

    /** Sizes and offsets from which zip64 fields are needed; tests lower it to write zip64 with small files. */
    static final long ZIP64_THRESHOLD = 0xFFFFFFFFL;

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int LOCAL_BYTES = 30;
    private static final int CENTRAL_BYTES = 46;
    private static final int END_BYTES = 22;
    private static final int ZIP64_END_BYTES = 56;
    private static final int ZIP64_LOCATOR_BYTES = 20;
    private static final short ZIP64_EXTRA = 0x0001;
    /** General purpose flag bit 11: names are UTF-8. */
    private static final short UTF8 = 0x0800;
    private static final long MAGIC = 0xFFFFFFFFL;
    private static final int MAGIC_COUNT = 0xFFFF;
    private static final int COPY_BUFFER = ParallelDeflate.READ;

    /** Content that can be read more than once: a deflated entry found too compressed is read again. */
    interface Content {
        InputStream open() throws IOException;
    }

    /** An entry written, as the central directory lists it. */
    private record Entry(byte[] name, int method, long crc32, long size, long compressedSize, long offset,
            boolean zip64Local) {
    }

    private final FileChannel channel;
    private final int dosTime;
    private final long zip64Threshold;
    private final PackLimits limits;
    private final ParallelDeflate deflate;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param channel an empty file open for writing, left open
     * @param time every entry's time, a local date-time from 1980 to 2107
     * @param zip64Threshold {@link #ZIP64_THRESHOLD}, or lower in tests
     * @param limits the ratio rule entries must keep to
     * @param deflate how entries are deflated
     */
    PackZipWriter(FileChannel channel, LocalDateTime time, long zip64Threshold, PackLimits limits,
            ParallelDeflate deflate) {
        this.channel = channel;
        this.dosTime = dosTime(time);
        this.zip64Threshold = Math.min(zip64Threshold, ZIP64_THRESHOLD);
        this.limits = limits;
        this.deflate = deflate;
    }

    /** A zip's date and time: two-second steps, in the low half the time and in the high half the date. */
    static int dosTime(LocalDateTime time) {
        return (time.getYear() - 1980) << 25 | time.getMonthValue() << 21 | time.getDayOfMonth() << 16
                | time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
    }

    /**
     * Writes the next entry, checking on the way that its content is still what it was hashed as.
     *
     * @param name the entry's path
     * @param content its content
     * @param size the size it had when it was hashed
     * @param crc32 the CRC-32 it had when it was hashed
     * @param deflated true to deflate it (unless it turns out too compressed), false to store it
     * @param origin where the content comes from, for the message when it changed
     * @return the method it was written with, {@link #STORED} or {@link #DEFLATED}
     * @throws IOException when it cannot be read, the zip cannot be written, or the content has changed
     */
    int put(String name, Content content, long size, long crc32, boolean deflated, Object origin)
            throws IOException {
        byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
        long offset = channel.position();
        boolean zip64Local = size >= zip64Threshold;
        if (deflated) {
            writeLocal(encoded, DEFLATED, zip64Local);
            ParallelDeflate.Result result;
            try (InputStream in = content.open()) {
                result = deflate.deflate(in, size, new ChannelOutput());
            } catch (ParallelDeflate.TooLong e) {
                throw changed(origin);
            }
            check(result.size(), result.crc32(), size, crc32, origin);
            long compressed = result.compressedSize();
            // stored instead when it deflates like a bomb, or grows past what its header has room for (then
            // storing it is smaller anyway)
            if (!limits.tooCompressed(size, compressed) && (zip64Local || compressed < zip64Threshold)) {
                finishEntry(new Entry(encoded, DEFLATED, crc32, size, compressed, offset, zip64Local));
                return DEFLATED;
            }
            channel.truncate(offset);
            channel.position(offset);
        }
        writeLocal(encoded, STORED, zip64Local);
        CRC32 crc = new CRC32();
        long copied = 0;
        try (InputStream in = content.open()) {
            byte[] buffer = new byte[COPY_BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                copied += n;
                if (copied > size) {
                    throw changed(origin);
                }
                crc.update(buffer, 0, n);
                writeFully(ByteBuffer.wrap(buffer, 0, n));
            }
        }
        check(copied, crc.getValue(), size, crc32, origin);
        finishEntry(new Entry(encoded, STORED, crc32, size, size, offset, zip64Local));
        return STORED;
    }

    private static void check(long size, long crc32, long hashedSize, long hashedCrc32, Object origin)
            throws IOException {
        if (size != hashedSize || crc32 != hashedCrc32) {
            throw changed(origin);
        }
    }

    private static IOException changed(Object origin) {
        return new IOException(origin + " changed while the pack was being written; run again");
    }

    /** Writes the central directory and the end records; the zip is then complete. */
    void finish() throws IOException {
        long start = channel.position();
        int length = 0;
        for (Entry entry : entries) {
            length += CENTRAL_BYTES + entry.name().length + centralExtra(entry);
        }
        ByteBuffer directory = buffer(length);
        for (Entry entry : entries) {
            central(directory, entry);
        }
        writeFully(directory.flip());
        long size = channel.position() - start;
        long count = entries.size();
        boolean manyEntries = count >= Math.min(MAGIC_COUNT, zip64Threshold);
        boolean largeSize = size >= zip64Threshold;
        boolean farOffset = start >= zip64Threshold;
        ByteBuffer end = buffer(ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES + END_BYTES);
        if (manyEntries || largeSize || farOffset) {
            long zip64End = channel.position();
            end.putInt(ZIP64_END).putLong(ZIP64_END_BYTES - 12).putShort((short) 45).putShort((short) 45)
                    .putInt(0).putInt(0).putLong(count).putLong(count).putLong(size).putLong(start);
            end.putInt(ZIP64_LOCATOR).putInt(0).putLong(zip64End).putInt(1);
        }
        short shortCount = (short) (manyEntries ? MAGIC_COUNT : count);
        end.putInt(END).putShort((short) 0).putShort((short) 0).putShort(shortCount).putShort(shortCount)
                .putInt((int) (largeSize ? MAGIC : size)).putInt((int) (farOffset ? MAGIC : start))
                .putShort((short) 0);
        writeFully(end.flip());
    }

    /** A local header, its sizes and CRC-32 still zeros; in zip64 the sizes are in its extra field. */
    private void writeLocal(byte[] name, int method, boolean zip64) throws IOException {
        ByteBuffer header = buffer(LOCAL_BYTES + name.length + (zip64 ? 20 : 0));
        header.putInt(LOCAL).putShort(version(method, zip64)).putShort(UTF8).putShort((short) method)
                .putInt(dosTime).putInt(0);
        if (zip64) {
            header.putInt((int) MAGIC).putInt((int) MAGIC);
        } else {
            header.putInt(0).putInt(0);
        }
        header.putShort((short) name.length).putShort((short) (zip64 ? 20 : 0)).put(name);
        if (zip64) {
            header.putShort(ZIP64_EXTRA).putShort((short) 16).putLong(0).putLong(0);
        }
        writeFully(header.flip());
    }

    /** Fills in the local header's CRC-32 and sizes now that they are known, and notes the entry. */
    private void finishEntry(Entry entry) throws IOException {
        ByteBuffer crc = buffer(4).putInt((int) entry.crc32()).flip();
        writeAt(crc, entry.offset() + 14);
        if (entry.zip64Local()) {
            ByteBuffer sizes = buffer(16).putLong(entry.size()).putLong(entry.compressedSize()).flip();
            writeAt(sizes, entry.offset() + LOCAL_BYTES + entry.name().length + 4);
        } else {
            ByteBuffer sizes = buffer(8).putInt((int) entry.compressedSize()).putInt((int) entry.size()).flip();
            writeAt(sizes, entry.offset() + 18);
        }
        entries.add(entry);
    }

    /** The bytes of the zip64 extra field in an entry's central record: only the values too large for theirs. */
    private int centralExtra(Entry entry) {
        int values = (entry.size() >= zip64Threshold ? 1 : 0) + (entry.compressedSize() >= zip64Threshold ? 1 : 0)
                + (entry.offset() >= zip64Threshold ? 1 : 0);
        return values == 0 ? 0 : 4 + 8 * values;
    }

    private void central(ByteBuffer directory, Entry entry) {
        boolean largeSize = entry.size() >= zip64Threshold;
        boolean largeCompressed = entry.compressedSize() >= zip64Threshold;
        boolean farOffset = entry.offset() >= zip64Threshold;
        int extra = centralExtra(entry);
        short version = version(entry.method(), extra > 0 || entry.zip64Local());
        directory.putInt(CENTRAL).putShort(version).putShort(version).putShort(UTF8)
                .putShort((short) entry.method()).putInt(dosTime).putInt((int) entry.crc32())
                .putInt((int) (largeCompressed ? MAGIC : entry.compressedSize()))
                .putInt((int) (largeSize ? MAGIC : entry.size()))
                .putShort((short) entry.name().length).putShort((short) extra).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0)
                .putInt((int) (farOffset ? MAGIC : entry.offset())).put(entry.name());
        if (extra > 0) {
            directory.putShort(ZIP64_EXTRA).putShort((short) (extra - 4));
            if (largeSize) {
                directory.putLong(entry.size());
            }
            if (largeCompressed) {
                directory.putLong(entry.compressedSize());
            }
            if (farOffset) {
                directory.putLong(entry.offset());
            }
        }
    }

    /** The version needed to extract, which {@code ZipOutputStream} also writes as the version made by. */
    private static short version(int method, boolean zip64) {
        return (short) (zip64 ? 45 : method == DEFLATED ? 20 : 10);
    }

    private static ByteBuffer buffer(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void writeAt(ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
    }

    /** The deflate stream's way into the file, at its current position. */
    private final class ChannelOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            writeFully(ByteBuffer.wrap(new byte[] {(byte) b}));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            writeFully(ByteBuffer.wrap(bytes, offset, length));
        }
    }
}
