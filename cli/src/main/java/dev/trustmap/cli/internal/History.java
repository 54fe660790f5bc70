package dev.trustmap.cli.internal;

import dev.trustmap.evidence.assessment.AssessmentJsonReader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Earlier quarters for the trend, as {@code report --history} and {@code quarterly --history} take them: evidence
 * packs ({@code trustmap-*.zip}, whose {@code data/assessment.json} is read), or folders holding packs or any
 * {@code assessment.json} (what {@code assess} and {@code quarterly} wrote), searched recursively. Only aggregates
 * are kept (findings stream past unheld), one quarter per as-of instant, and only quarters before this one.
 */
public final class History {

    static final String ASSESSMENT = "data/assessment.json";

    private History() {
    }

    public static List<Assessment> read(List<Path> places, Instant before) {
        Map<Instant, Assessment> byAsOf = new TreeMap<>();
        for (Path place : places) {
            for (Path file : candidates(place)) {
                Assessment a = file.getFileName().toString().endsWith(".zip") ? fromPack(file) : fromFile(file);
                if (a.asOf().isBefore(before)) {
                    byAsOf.putIfAbsent(a.asOf(), a); // a pack and its unpacked folder are one quarter
                }
            }
        }
        return new ArrayList<>(byAsOf.values());
    }

    private static List<Path> candidates(Path place) {
        if (Files.isRegularFile(place)) {
            return List.of(place);
        }
        if (!Files.isDirectory(place)) {
            throw new InputException(new InputProblem(place.toString(), "", "no such file or folder.",
                    "Pass an earlier trustmap-PERIOD.zip, or the folder 'trustmap quarterly --out' or 'trustmap"
                    + " assess --out' wrote."));
        }
        try (Stream<Path> walk = Files.walk(place)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("trustmap-") && name.endsWith(".zip") || name.equals("assessment.json");
            }).sorted().toList();
            if (found.isEmpty()) {
                throw new InputException(new InputProblem(place.toString(), "", "holds no evidence pack and no"
                        + " assessment.json.", "Pass an earlier quarter's pack, or the folder 'trustmap quarterly"
                        + " --out' or 'trustmap assess --out' wrote."));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assessment fromPack(Path zip) {
        try (ZipFile pack = new ZipFile(zip.toFile())) {
            ZipEntry entry = pack.getEntry(ASSESSMENT);
            if (entry == null) {
                throw new InputException(new InputProblem(zip.toString(), ASSESSMENT, "the pack holds no assessment.",
                        "Pass evidence packs written by 'trustmap quarterly'."));
            }
            try (InputStream in = pack.getInputStream(entry)) {
                return AssessmentJsonReader.read(zip + "!/" + ASSESSMENT, in, f -> { });
            }
        } catch (IOException e) {
            throw new InputException(new InputProblem(zip.toString(), "", "cannot be read as a zip: "
                    + e.getMessage(), "Pass evidence packs written by 'trustmap quarterly'."));
        }
    }

    private static Assessment fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return AssessmentJsonReader.read(file.toString(), in, f -> { });
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Pass the folder 'trustmap quarterly --out' or 'trustmap assess --out' wrote."));
        }
    }
}
