package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "METHODOLOGY.md", "inputs/aws/credential-report.csv",
        "oscal/assessment-results.json", "reports/board..html", "data/.hidden", "inputs/a b/ü.csv"})
    void ordinaryRelativePathsAreAccepted(String path) {
        assertThat(EntryPaths.problem(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../evil|climbs out of the pack with '..'",
        "reports/../../evil|climbs out of the pack with '..'",
        "reports/..|climbs out of the pack with '..'",
        "/etc/passwd|is an absolute path",
        "reports\\..\\evil|contains a backslash",
        "C:/Windows/evil|starts with a drive letter",
        "c:evil|starts with a drive letter",
        "reports/|is a directory entry; a pack holds files only",
        "reports//board.html|has an empty or '.' segment",
        "./board.html|has an empty or '.' segment"})
    void pathsThatCouldLeaveATargetFolderAreRefused(String path, String problem) {
        assertThat(EntryPaths.problem(path)).contains(problem);
    }

    @Test
    void controlCharactersAreRefusedAndEscapedWhenShown() {
        assertThat(EntryPaths.problem("reports/a\nb.csv")).contains("contains a control character");
        assertThat(EntryPaths.problem("")).contains("has an empty name");
        assertThat(EntryPaths.printable("reports/a\nb\u007f.csv")).isEqualTo("reports/a\\x0ab\\x7f.csv");
    }
}
