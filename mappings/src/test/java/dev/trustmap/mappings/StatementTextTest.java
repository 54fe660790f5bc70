package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.WithdrawnItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * NIST statements are reproduced exactly as published, so none may show the marks that PDF extraction leaves: a word
 * split apart ("r easons", "p rocesses"), a space before punctuation ("GAI ."), or a trailing fragment of a
 * neighbouring table column ("... GAI functions. Human-"). The same checks are run on the damaged transcription the
 * catalog no longer uses, to show that they find what they look for.
 */
class StatementTextTest {

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s[,.;:!?)\\]/]|[(\\[“/]\\s");
    /** A lone letter that is not a word ("a", "A", "I") followed by the rest of its word. */
    private static final Pattern LONE_LETTER = Pattern.compile("(?:^|(?<=[\\s(“]))[b-zB-HJ-Z] (?=[a-z]|[A-Z]{2})");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    /** Endings that are never words on their own: a word was split in front of them. */
    private static final Set<String> ENDINGS = Set.of("ing", "tion", "tions", "sion", "ment", "ments", "ness", "ude",
            "ity", "ies", "ized", "izing", "ally", "ation", "ations", "es", "ed", "ly");
    private static final Pattern FINISHED = Pattern.compile("[.?!][)”’\"]*$");

    @Test
    void noBundledStatementHasASplitWordASpaceBeforePunctuationOrATrailingFragment() {
        Map<String, Map<String, String>> byFramework = new LinkedHashMap<>();
        for (Framework framework : CatalogLoader.bundled().frameworks()) {
            Map<String, String> statements = new LinkedHashMap<>();
            for (FrameworkItem item : framework.items()) {
                if (item.statement() != null) {
                    statements.put(item.qualifiedId(), item.statement());
                }
            }
            for (WithdrawnItem item : framework.withdrawn()) {
                if (item.statement() != null) {
                    statements.put(framework.id() + ":" + item.id(), item.statement());
                }
            }
            if (!statements.isEmpty()) {
                byFramework.put(framework.id(), statements);
            }
        }
        assertThat(byFramework).containsOnlyKeys("nist-csf-2.0", "nist-ai-rmf-1.0", "nist-ai-600-1");
        assertThat(byFramework.values().stream().mapToInt(Map::size).sum()).as("statements scanned")
                .isEqualTo(134 + 79 + 95 + 224); // CSF items and withdrawn subcategories, AI RMF, AI 600-1
        Map<String, Set<String>> vocabulary = vocabulary(byFramework);
        Map<String, List<String>> damage = new LinkedHashMap<>();
        byFramework.values().forEach(statements -> damage.putAll(damage(statements, vocabulary)));
        assertThat(damage).isEmpty();
    }

    @Test
    void theChecksFindTheDamageInTheTranscriptionTheCatalogNoLongerUses() throws IOException {
        JsonNode actions = new YAMLMapper().readTree(Path.of("..", "reference", "frameworks",
                "nist-ai-600-1_suggested-actions_ibm-ai-atlas-nexus.yaml").toFile()).path("actions");
        Map<String, String> transcribed = new LinkedHashMap<>();
        actions.forEach(a -> transcribed.put(a.path("id").asText(),
                a.path("description").asText().replaceAll("\\s+", " ").strip()));

        Map<String, List<String>> damage = damage(transcribed, vocabulary(Map.of("ibm", transcribed)));

        assertThat(damage.get("MG-2.4-001")).contains("split word: 'r easons'", "trailing fragment: '… etc. Human-'");
        assertThat(damage.get("GV-6.1-009")).contains("split word: 'p rocesses'");
        assertThat(damage.get("GV-1.7-002")).contains("trailing fragment: '… functions. Human-'");
        assertThat(damage.get("MS-2.10-001")).anyMatch(d -> d.startsWith("trailing fragment"));
        assertThat(damage.get("GV-1.3-006")).anyMatch(d -> d.startsWith("trailing fragment"));
        assertThat(damage.get("GV-1.5-003")).containsExactly("space before punctuation: 'GAI .'");
        assertThat(damage.get("MS-2.2-002")).contains("split word: 'Anonymiz ing'");
        assertThat(damage.get("MS-2.11-002")).contains("split word: 'collabo ration'");
        assertThat(damage).doesNotContainKey("GV-1.1-001");
        assertThat(damage).hasSizeGreaterThanOrEqualTo(45);
    }

    /**
     * Every sign of extraction damage in the statements, by id. A framework's statements all end the same way:
     * with a full stop (AI RMF, AI 600-1) or without one (CSF, as NIST's OSCAL catalog writes them).
     */
    static Map<String, List<String>> damage(Map<String, String> statements, Map<String, Set<String>> vocabulary) {
        long finished = statements.values().stream().filter(s -> FINISHED.matcher(s).find()).count();
        boolean endWithStop = finished * 2 > statements.size();
        Map<String, List<String>> found = new LinkedHashMap<>();
        statements.forEach((id, text) -> {
            List<String> problems = new ArrayList<>();
            SPACE_BEFORE_PUNCTUATION.matcher(text).results()
                    .forEach(m -> problems.add("space before punctuation: '" + around(text, m) + "'"));
            LONE_LETTER.matcher(text).results()
                    .forEach(m -> problems.add("split word: '" + wordAt(text, m.start()) + "'"));
            problems.addAll(splitWords(id, text, vocabulary));
            if (text.endsWith("-") || endWithStop && !FINISHED.matcher(text).find()) {
                problems.add("trailing fragment: '… " + lastWords(text) + "'");
            }
            if (!problems.isEmpty()) {
                found.put(id, problems.stream().distinct().toList());
            }
        });
        return found;
    }

    /** Two neighbouring words that make a known word, when one of them alone is no word. */
    private static List<String> splitWords(String id, String text, Map<String, Set<String>> vocabulary) {
        List<String> problems = new ArrayList<>();
        List<MatchResult> words = WORD.matcher(text).results().toList();
        for (int i = 1; i < words.size(); i++) {
            MatchResult a = words.get(i - 1);
            MatchResult b = words.get(i);
            if (b.start() != a.end() + 1 || text.charAt(a.end()) != ' ') {
                continue;
            }
            String first = a.group();
            String second = b.group();
            boolean split = ENDINGS.contains(second.toLowerCase(Locale.ROOT))
                    || known(first + second, id, vocabulary) && !(known(first, id, vocabulary)
                            && known(second, id, vocabulary));
            if (split) {
                problems.add("split word: '" + first + " " + second + "'");
            }
        }
        return problems;
    }

    /** Known: used in some other statement. */
    private static boolean known(String word, String id, Map<String, Set<String>> vocabulary) {
        Set<String> users = vocabulary.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
        return users.size() > (users.contains(id) ? 1 : 0);
    }

    /** Each word (lower case) with the statements that use it. */
    private static Map<String, Set<String>> vocabulary(Map<String, Map<String, String>> byFramework) {
        Map<String, Set<String>> vocabulary = new HashMap<>();
        byFramework.values().forEach(statements -> statements.forEach((id, text) -> WORD.matcher(text).results()
                .forEach(m -> vocabulary.computeIfAbsent(m.group().toLowerCase(Locale.ROOT), k -> new HashSet<>())
                        .add(id))));
        return vocabulary;
    }

    private static String lastWords(String text) {
        String[] words = text.split(" ");
        return words.length < 2 ? text : words[words.length - 2] + " " + words[words.length - 1];
    }

    private static String around(String text, MatchResult m) {
        int start = Math.max(0, text.lastIndexOf(' ', m.start() - 1) + 1);
        int end = text.indexOf(' ', m.end());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String wordAt(String text, int start) {
        Matcher rest = Pattern.compile("\\S+ \\S+").matcher(text);
        return rest.find(start) ? rest.group().replaceAll("[,.;:]$", "") : text.substring(start);
    }
}
