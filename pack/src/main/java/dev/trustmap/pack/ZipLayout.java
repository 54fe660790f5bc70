package dev.trustmap.pack;

import dev.trustmap.pack.Verification.Failure;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a zip holds besides its entries, which {@link java.util.zip.ZipFile} reads past without a word: bytes before
 * the first entry or after the end record, a comment, and each entry's file type in its external attributes. A
 * pack holds its entries and nothing else, and every entry is a regular file: a symbolic link or a device that
 * unzip would recreate is not content the manifest can vouch for.
 */
final class ZipLayout {

    private static final int END = 0x06054b50;
    private static final int END_BYTES = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_BYTES = 20;
    private static final int ZIP64_END = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int CENTRAL_BYTES = 46;
    private static final int LOCAL = 0x04034b50;
    private static final int MAX_COMMENT = 0xffff;

    /** Unix file types, in the top bits of the mode that zip tools keep in the high half of the attributes. */
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    /** MS-DOS attributes, in the low byte: a volume label and a directory. */
    private static final int DOS_VOLUME = 0x08;
    private static final int DOS_DIRECTORY = 0x10;

    private ZipLayout() {
    }

    /** How many entries the central directory holds and where it starts. */
    private record Directory(long entries, long start) {
    }

    /** Every way the archive's layout or an entry's attributes depart from a pack's; never throws. */
    static List<Failure> problems(Path file, int maxEntries) {
        String zip = file.getFileName().toString();
        List<Failure> failures = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<Directory> directory = directory(channel, zip, failures);
            if (directory.isPresent()) {
                entries(channel, zip, directory.get(), maxEntries, failures);
            }
        } catch (IOException | RuntimeException e) {
            failures.add(new Failure(zip, "its layout cannot be read: " + e.getMessage()));
        }
        return failures;
    }

    /** Finds the central directory through the end record, noting every byte the archive holds beyond it. */
    private static Optional<Directory> directory(FileChannel channel, String zip, List<Failure> failures)
            throws IOException {
        long size = channel.size();
        int tailBytes = (int) Math.min(size, MAX_COMMENT + END_BYTES);
        ByteBuffer tail = read(channel, size - tailBytes, tailBytes);
        int at = endRecord(channel, tail, size - tailBytes);
        if (at < 0) {
            failures.add(new Failure(zip, "has no end-of-central-directory record"));
            return Optional.empty();
        }
        long endAt = size - tailBytes + at;
        int comment = Short.toUnsignedInt(tail.getShort(at + 20));
        if (comment > 0) {
            failures.add(new Failure(zip, "has a zip comment of " + comment + " bytes; trustmap writes none, and"
                    + " no check covers what a comment says"));
        }
        long after = size - (endAt + END_BYTES + comment);
        if (after > 0) {
            failures.add(new Failure(zip, after + " bytes follow the end of the archive (its end-of-central-directory"
                    + " record); trustmap writes none, and no check covers them"));
        } else if (after < 0) {
            failures.add(new Failure(zip, "its zip comment runs " + -after + " bytes past the end of the file"));
        }
        long entries = Short.toUnsignedInt(tail.getShort(at + 10));
        long directoryBytes = Integer.toUnsignedLong(tail.getInt(at + 12));
        long directoryOffset = Integer.toUnsignedLong(tail.getInt(at + 16));
        long directoryEnd = endAt;
        if (entries == 0xffff || directoryBytes == 0xffffffffL || directoryOffset == 0xffffffffL) {
            // zip64: a locator just before the end record points to a larger end record, which holds the real sizes
            if (endAt < ZIP64_LOCATOR_BYTES || read(channel, endAt - ZIP64_LOCATOR_BYTES, 4).getInt(0)
                    != ZIP64_LOCATOR) {
                failures.add(new Failure(zip, "its end record announces a zip64 record that is not there"));
                return Optional.empty();
            }
            long zip64At = read(channel, endAt - ZIP64_LOCATOR_BYTES + 8, 8).getLong(0);
            if (zip64At < 0 || zip64At + 56 > endAt - ZIP64_LOCATOR_BYTES
                    || read(channel, zip64At, 4).getInt(0) != ZIP64_END) {
                failures.add(new Failure(zip, "its zip64 end record is not where its locator says"));
                return Optional.empty();
            }
            ByteBuffer zip64 = read(channel, zip64At, 56);
            long recordEnd = zip64At + 12 + zip64.getLong(4);
            if (recordEnd != endAt - ZIP64_LOCATOR_BYTES) {
                failures.add(new Failure(zip, "bytes lie between its zip64 end record and the end of the archive"));
            }
            entries = zip64.getLong(32);
            directoryBytes = zip64.getLong(40);
            directoryOffset = zip64.getLong(48);
            directoryEnd = zip64At;
        }
        long directoryStart = directoryEnd - directoryBytes;
        if (directoryBytes < 0 || directoryStart < 0 || directoryOffset < 0) {
            failures.add(new Failure(zip, "its end record gives a central directory outside the file"));
            return Optional.empty();
        }
        long gap = directoryStart - directoryOffset;
        boolean startsWithEntry = size >= 4 && read(channel, 0, 4).getInt(0) == LOCAL;
        if (gap > 0 && startsWithEntry && signatureAt(channel, directoryOffset, CENTRAL)) {
            failures.add(new Failure(zip, gap + " bytes lie between the central directory and its end record;"
                    + " trustmap writes none, and no check covers them"));
            directoryStart = directoryOffset;
        } else if (gap > 0) {
            failures.add(new Failure(zip, gap + " bytes come before the first entry; trustmap writes none, and no"
                    + " check covers them"));
        } else if (gap < 0) {
            failures.add(new Failure(zip, "its end record places the central directory " + -gap + " bytes past"
                    + " where it ends"));
            return Optional.empty();
        } else if (entries > 0 && !startsWithEntry) {
            failures.add(new Failure(zip, "does not start with an entry's local header"));
        }
        return Optional.of(new Directory(entries, directoryStart));
    }

    /**
     * The end record's offset in {@code tail}, found as zip tools find it: the last signature whose comment reaches
     * exactly the end of the file, or failing that, the last one that points at a central directory.
     */
    private static int endRecord(FileChannel channel, ByteBuffer tail, long tailAt) throws IOException {
        int pointing = -1;
        for (int at = tail.limit() - END_BYTES; at >= 0; at--) {
            if (tail.getInt(at) != END) {
                continue;
            }
            if (at + END_BYTES + Short.toUnsignedInt(tail.getShort(at + 20)) == tail.limit()) {
                return at;
            }
            long directoryStart = tailAt + at - Integer.toUnsignedLong(tail.getInt(at + 12));
            if (pointing < 0 && (Short.toUnsignedInt(tail.getShort(at + 10)) == 0
                    || signatureAt(channel, directoryStart, CENTRAL))) {
                pointing = at;
            }
        }
        return pointing;
    }

    /** Reads the central directory's records and refuses every entry that is not a regular file. */
    private static void entries(FileChannel channel, String zip, Directory directory, int maxEntries,
            List<Failure> failures) throws IOException {
        long count = Math.min(directory.entries(), maxEntries);
        try (InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(directory.start())),
                1 << 16)) {
            byte[] fixed = new byte[CENTRAL_BYTES];
            ByteBuffer header = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < count; i++) {
                readFully(in, fixed);
                if (header.getInt(0) != CENTRAL) {
                    failures.add(new Failure(zip, "its central directory's record " + (i + 1) + " of "
                            + directory.entries() + " is not where the end record says"));
                    return;
                }
                byte[] name = new byte[Short.toUnsignedInt(header.getShort(28))];
                readFully(in, name);
                in.skipNBytes(Short.toUnsignedInt(header.getShort(30)) + Short.toUnsignedInt(header.getShort(32)));
                refusal(header.getInt(38)).ifPresent(why -> failures.add(new Failure(EntryPaths.printable(
                        new String(name, StandardCharsets.UTF_8)), why)));
            }
        }
    }

    /** Why an entry with these external attributes is refused, or empty for a regular file (or no type at all). */
    static Optional<String> refusal(int attributes) {
        int mode = attributes >>> 16;
        int type = mode & TYPE_MASK;
        String octal = "unix mode 0" + Integer.toOctalString(mode);
        String kind;
        if (type == 0120000) {
            return Optional.of("refused: its zip attributes make it a symbolic link (" + octal + "), not a regular"
                    + " file: unzip would create the link, and later entries could be written through it to outside"
                    + " the target folder");
        } else if (type != 0 && type != REGULAR) {
            kind = switch (type) {
                case 0040000 -> "a directory (" + octal + ")";
                case 0020000 -> "a character device (" + octal + ")";
                case 0060000 -> "a block device (" + octal + ")";
                case 0010000 -> "a named pipe (" + octal + ")";
                case 0140000 -> "a socket (" + octal + ")";
                default -> "an unknown file type (" + octal + ")";
            };
        } else if ((attributes & DOS_DIRECTORY) != 0) {
            kind = "a directory (MS-DOS attribute 0x10)";
        } else if ((attributes & DOS_VOLUME) != 0) {
            kind = "a volume label (MS-DOS attribute 0x08)";
        } else {
            return Optional.empty();
        }
        return Optional.of("refused: its zip attributes make it " + kind + ", not a regular file, which is all a"
                + " pack holds");
    }

    private static boolean signatureAt(FileChannel channel, long at, int signature) throws IOException {
        return at >= 0 && at + 4 <= channel.size() && read(channel, at, 4).getInt(0) == signature;
    }

    private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new EOFException("the file ends at byte " + (at + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static void readFully(InputStream in, byte[] into) throws IOException {
        if (in.readNBytes(into, 0, into.length) < into.length) {
            throw new EOFException("the central directory ends early");
        }
    }
}
