package dev.trustmap.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.vocabulary.ActorClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorClassInferenceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "github-actions-deployer, PIPELINE, name contains 'github'",
        "svc_jenkins, PIPELINE, name contains 'jenkins'",
        "support-agent-prod, AI_AGENT, name contains 'agent'",
        "deploy-bot, AI_AGENT, name contains 'bot'",
        "GPT-Summariser, AI_AGENT, name contains 'gpt'",
        "datadog-integration, INTEGRATION, name contains 'datadog'",
        "acme-vendor-sftp, THIRD_PARTY, name contains 'vendor'",
        "jenkins-agent, PIPELINE, name contains 'jenkins'",
        "datadog-agent, INTEGRATION, name contains 'datadog'",
    })
    void nameWordsGiveTheClassAndTheReason(String name, ActorClass expected, String reason) {
        var guess = ActorClassInference.fromName(name).orElseThrow();
        assertThat(guess.actorClass()).isEqualTo(expected);
        assertThat(guess.reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"payments-api", "agentless-monitor", "brain", "", "ssm-agent"})
    void namesThatSayNothingGiveNoGuess(String name) {
        assertThat(ActorClassInference.fromName(name)).isEmpty();
    }
}
