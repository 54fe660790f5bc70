package dev.trustmap.sample;

import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.period.Quarter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Samples written to memory or to a folder, and the bundled catalog's control ids as the CLI passes them. */
final class SampleFixtures {

    /** ACT, LFC, AXS, RVK 01..06 and DLG 01..05, in catalog order. */
    static final List<String> CONTROL_IDS = controlIds();

    static final CatalogControls CONTROLS = new CatalogControls(CatalogLoader.bundled());

    private SampleFixtures() {
    }

    static SampleSpec spec(int identities, long seed, String period) {
        return new SampleSpec(identities, seed, Quarter.parse(period).orElseThrow(), CONTROL_IDS);
    }

    /** Every file's bytes by path, in path order. */
    static Map<String, byte[]> inMemory(SampleSpec spec) {
        Map<String, ByteArrayOutputStream> files = new TreeMap<>();
        SampleEstate.write(spec, path -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.put(path, out);
            return out;
        });
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, out) -> bytes.put(path, out.toByteArray()));
        return bytes;
    }

    static SampleSummary onDisk(SampleSpec spec, Path dir) {
        return SampleEstate.write(spec, EstateOutput.into(dir));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> controlIds() {
        List<String> ids = new ArrayList<>();
        for (String prefix : List.of("ACT", "LFC", "AXS", "DLG", "RVK")) {
            for (int i = 1; i <= (prefix.equals("DLG") ? 5 : 6); i++) {
                ids.add(prefix + "-0" + i);
            }
        }
        return List.copyOf(ids);
    }
}
