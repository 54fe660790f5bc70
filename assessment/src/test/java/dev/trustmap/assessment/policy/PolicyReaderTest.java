package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyReaderTest {

    private static Policy read(String yaml) {
        return PolicyReader.read("policy.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<InputProblem> problems(String yaml) {
        try {
            read(yaml);
        } catch (InputException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("policy.yaml"));
            return e.problems();
        }
        throw new AssertionError("no problem found in:\n" + yaml);
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        Policy policy = PolicyReader.defaults();

        assertThat(policy.defaults()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, 90L, PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS, 365L,
                PolicyKey.AI_MAX_TTL_SECONDS, 3600L, PolicyKey.UNUSED_DAYS, 90L,
                PolicyKey.CERTIFICATE_RENEWAL_WARNING_DAYS, 30L, PolicyKey.DELEGATION_MAX_HOURS, 24L,
                PolicyKey.OWNER_DEPARTURE_GRACE_DAYS, 14L, PolicyKey.LEAKED_SECRET_DEADLINE_DAYS, 1L,
                PolicyKey.EXCEPTION_MAX_DAYS, 365L));
        assertThat(policy.overrides()).containsExactly(
                new PolicyOverride(Lane.AI, null, null, Map.of(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, 30L)),
                new PolicyOverride(null, null, CredentialKind.CERTIFICATE,
                        Map.of(PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS, 398L)));
        assertThat(policy.deadlineDays()).containsExactlyInAnyOrderEntriesOf(Map.of(Severity.CRITICAL, 7,
                Severity.HIGH, 30, Severity.MEDIUM, 90, Severity.LOW, 180));
        assertThat(policy.partialPassRatePercent()).isEqualTo(80);
        assertThat(policy.sha256()).matches("[0-9a-f]{64}").isEqualTo(PolicyWriter.sha256(policy));
        assertThat(policy.limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, Lane.AI, ActorClass.AI_AGENT,
                CredentialKind.API_KEY)).isEqualTo(30);
    }

    @Test
    void omittedKeysKeepTheirDefaults() {
        Policy policy = read("limits:\n  unused-days: 60\ndeadlines:\n  high: 14\n");
        Policy defaults = PolicyReader.defaults();

        assertThat(policy.limit(PolicyKey.UNUSED_DAYS)).isEqualTo(60);
        assertThat(policy.limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS)).isEqualTo(90);
        assertThat(policy.overrides()).isEqualTo(defaults.overrides());
        assertThat(policy.deadlineDays(Severity.HIGH)).isEqualTo(14);
        assertThat(policy.deadlineDays(Severity.CRITICAL)).isEqualTo(7);
        assertThat(policy.deadlineDays(Severity.LOW)).isEqualTo(180);
        assertThat(policy.partialPassRatePercent()).isEqualTo(80);
        assertThat(policy.sha256()).isNotEqualTo(defaults.sha256());
    }

    @Test
    void theirOverridesReplaceTheDefaultOnes() {
        Policy policy = read("""
                kind: policy
                overrides:
                  - actor-class: ai-agent
                    credential-kind: API Key
                    static-secret-max-age-days: 7
                  - lane: machine
                    unused-days: 30
                """);

        assertThat(policy.overrides()).containsExactly(
                new PolicyOverride(null, ActorClass.AI_AGENT, CredentialKind.API_KEY,
                        Map.of(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, 7L)),
                new PolicyOverride(Lane.MACHINE, null, null, Map.of(PolicyKey.UNUSED_DAYS, 30L)));
        assertThat(policy.limit(PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS, Lane.MACHINE, ActorClass.WORKLOAD,
                CredentialKind.CERTIFICATE)).isEqualTo(365);
        assertThat(read("overrides: []\n").overrides()).isEmpty();
        assertThat(read("overrides:\n").overrides()).isEmpty();
    }

    @Test
    void sameEffectivePolicyWrittenDifferentlyHasTheSameDigest() {
        String block = """
                # ours
                kind: policy
                version: 1
                limits:
                  unused-days: 60
                deadlines:
                  critical: 3
                """;
        String flow = "{deadlines: {critical: 3}, \"limits\": {\"unused-days\": 60, static-secret-max-age-days: 90}}";
        String crlf = block.replace("\n", "\r\n").replace("  unused-days: 60", "  unused-days:    60   # two months");
        String spelledOut = PolicyWriter.yaml(read(block));

        String digest = read(block).sha256();
        assertThat(read(flow).sha256()).isEqualTo(digest);
        assertThat(read(crlf).sha256()).isEqualTo(digest);
        assertThat(read(spelledOut).sha256()).isEqualTo(digest);
        assertThat(read(block.replace("60", "61")).sha256()).isNotEqualTo(digest);
        assertThat(read(block.replace("critical: 3", "critical: 4")).sha256()).isNotEqualTo(digest);
    }

    @Test
    void restatingTheDefaultsGivesTheDefaultDigest() {
        Policy defaults = PolicyReader.defaults();

        assertThat(read(PolicyReader.defaultYaml())).isEqualTo(defaults);
        assertThat(read(PolicyWriter.yaml(defaults))).isEqualTo(defaults);
        assertThat(read("limits:\n  unused-days: 90\n").sha256()).isEqualTo(defaults.sha256());
        assertThat(read("partial-pass-rate-percent: 79\n").sha256()).isNotEqualTo(defaults.sha256());
    }

    @Test
    void unknownLimitSuggestsTheNearest() {
        List<InputProblem> problems = problems("limits:\n  unused-day: 30\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 2, column 3");
            assertThat(p.message()).isEqualTo("unknown limit 'unused-day'.");
            assertThat(p.fix()).isEqualTo("Did you mean 'unused-days'?");
        });
    }

    @Test
    void limitAtTopLevelIsToldToGoUnderLimits() {
        assertThat(problems("unused-days: 30\nunused-dayz: 30\nlimit:\n  unused-days: 1\n"))
                .extracting(InputProblem::location, InputProblem::message, InputProblem::fix).containsExactly(
                        tuple("line 1, column 1", "'unused-days' is a limit, not a top-level key.",
                                "Indent it under 'limits:'."),
                        tuple("line 2, column 1", "unknown key 'unused-dayz'.",
                                "Did you mean 'unused-days'? Limits go under 'limits:'."),
                        tuple("line 3, column 1", "unknown key 'limit'.", "Did you mean 'limits'?"));
    }

    @Test
    void everyProblemAtOnceWithLineAndColumn() {
        String yaml = """
                kind: catalog
                version: 2
                colour: blue
                limits:
                  unused-days: 30 days
                  static-secret-max-age-days: -1
                  ai-max-ttl-seconds: 1.5
                  delegation-max-hours: "24"
                  exception-max-days: 99999999999999999999
                overrides:
                  - static-secret-max-age-days: 30
                  - lane: human
                    unused-days: 10
                  - actor-class: robot
                    unused-days: 10
                  - credential-kind: passkey
                    unused-days: 10
                  - lane: ai
                  - lane: ai
                    actor-class: workload
                    unused-days: 5
                  - credential-kind: ssh_key
                    unused-day: 5
                  - lane: ai
                    static-secret-max-age-days: 10
                  - lane: AI
                    static-secret-max-age-days: 20
                deadlines:
                  urgent: 1
                  low: -5
                partial-pass-rate-percent: 101
                """;

        assertThat(problems(yaml)).extracting(InputProblem::location, InputProblem::message).containsExactly(
                tuple("line 1, column 7", "kind must be 'policy'; found 'catalog'."),
                tuple("line 2, column 10", "version must be 1; found '2'."),
                tuple("line 3, column 1", "unknown key 'colour'."),
                tuple("line 5, column 16", "unused-days must be a whole number of days; found '30 days'."),
                tuple("line 6, column 31", "static-secret-max-age-days must be 0 or more; found -1."),
                tuple("line 7, column 23", "ai-max-ttl-seconds must be a whole number of seconds; found '1.5'."),
                tuple("line 8, column 25", "delegation-max-hours must be a whole number of hours; found '24'."),
                tuple("line 9, column 23", "exception-max-days must be at most 9223372036854775807; found "
                        + "99999999999999999999."),
                tuple("line 11, column 5", "the override has no selector, so it would apply everywhere."),
                tuple("line 12, column 11", "lane 'human' is not one of machine, ai."),
                tuple("line 14, column 18", "actor-class 'robot' is not one of workload, pipeline, integration, "
                        + "third_party, ai_agent, ai_orchestrator, ai_assistant, human."),
                tuple("line 16, column 22", "credential-kind 'passkey' is not one of access_key, api_key, "
                        + "client_secret, certificate, ssh_key, personal_access_token, oauth_token, "
                        + "service_account_token, federated, password."),
                tuple("line 18, column 5", "the override sets no limit."),
                tuple("line 20, column 18", "actor-class workload is in the machine lane, so an override for lane ai"
                        + " and this class can never apply."),
                tuple("line 23, column 5", "unknown key 'unused-day'."),
                tuple("line 27, column 5", "a second override for the same selectors sets "
                        + "static-secret-max-age-days again (first on line 24); only one can apply."),
                tuple("line 29, column 3", "unknown severity 'urgent' in deadlines."),
                tuple("line 30, column 8", "deadlines.low must be 0 or more; found -5."),
                tuple("line 31, column 28", "partial-pass-rate-percent must be at most 100; found 101."));
    }

    @Test
    void brokenYamlEmptyFileAndWrongShapes() {
        assertThat(problems("limits:\n  unused-days: [30\n")).singleElement()
                .satisfies(p -> assertThat(p.location()).startsWith("line 2, column"));
        assertThat(problems("# nothing here\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the policy file is empty."));
        assertThat(problems("- lane: ai\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("the policy file must be a mapping"));
        assertThat(problems("limits: 30\noverrides:\n  lane: ai\ndeadlines: [7]\n"))
                .extracting(InputProblem::location).containsExactly("line 1, column 9", "line 3, column 3",
                        "line 4, column 12");
        assertThat(problems("limits:\n  unused-days: 1\n  unused-days: 2\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("appears twice"));
    }
}
