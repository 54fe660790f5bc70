package dev.trustmap.model.collection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Values kept in the order they were added, to be walked again later, as often as wanted: written with a codec into
 * memory up to a byte budget, and past it into a temporary file of a {@link SpillFolder}, so a million values never
 * sit in the heap as objects. Adding ends with the first walk.
 *
 * @param <T> the values
 */
public final class Spool<T> {

    private final SpillFolder folder;
    private final String kind;
    private final SortedRuns.Codec<T> codec;
    private final int memoryBytes;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private DataOutputStream out = new DataOutputStream(memory);
    private Path file;
    private long size;
    private boolean sealed;

    /**
     * @param kind names the temporary file, for whoever looks in the folder
     * @param memoryBytes how many written bytes are held in memory before they go to a file
     */
    public Spool(SpillFolder folder, String kind, SortedRuns.Codec<T> codec, int memoryBytes) {
        this.folder = folder;
        this.kind = kind;
        this.codec = codec;
        this.memoryBytes = memoryBytes;
    }

    public void add(T value) {
        if (sealed) {
            throw new IllegalStateException("a spool takes no values once it has been walked");
        }
        try {
            codec.write(out, value);
            size++;
            if (file == null && memory.size() > memoryBytes) {
                file = folder.newFile(kind);
                DataOutputStream disk = SpillStreams.output(file);
                memory.writeTo(disk);
                memory.reset();
                out = disk;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
        }
    }

    /** How many values were added. */
    public long size() {
        return size;
    }

    /** True once the values went to a temporary file. */
    public boolean spilled() {
        return file != null;
    }

    /** The temporary file, once there is one; for tests. */
    Path file() {
        return file;
    }

    /** Each value, in the order it was added. */
    public void forEach(Consumer<? super T> each) {
        try {
            if (!sealed) {
                out.close();
                sealed = true;
            }
            try (DataInputStream in = file == null
                    ? new DataInputStream(new ByteArrayInputStream(memory.toByteArray()))
                    : SpillStreams.input(file)) {
                for (long i = 0; i < size; i++) {
                    each.accept(codec.read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a temporary file back: " + e.getMessage(), e);
        }
    }

    /** Lets the values go: the file, if any, is deleted, and the spool is empty. */
    public void discard() {
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted below, or at the JVM's exit
        }
        sealed = true;
        size = 0;
        memory.reset();
        if (file != null) {
            SpillFolder.delete(file);
            file = null;
        }
    }
}
