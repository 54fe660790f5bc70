package dev.trustmap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportersTest {

    @Test
    void whatAFormatShowsIsDeclaredByItsImporterAndAnsweredBySourceKey() {
        Importers all = Importers.all();

        assertThat(all.showing(Shows.CONSOLE_PASSWORDS)).containsExactly("aws-credential-report");
        assertThat(all.showing(Shows.SECRET_SCAN)).containsExactly("gitleaks", "trufflehog");
        assertThat(all.showing(Shows.LAST_USE_NOT_RECORDED))
                .containsExactly("aws-service-specific-credentials", "anthropic");
    }

    @Test
    void everySourceKeyIsRegisteredOnce() {
        List<String> keys = Importers.all().list().stream().map(Importer::source).toList();

        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        assertThat(keys).allMatch(k -> k.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lower-case words joined by hyphens");
    }
}
