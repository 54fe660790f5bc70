package dev.trustmap.evidence.format;

import dev.trustmap.model.vocabulary.ActorClass;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses what kind of actor an identity is from its name, where the platform does not say. Every guess comes
 * with its reason, so the inventory can show why; the identity-owner sheet overrides any guess.
 */
public final class ActorClassInference {

    /** A guess and why. */
    public record Guess(ActorClass actorClass, String reason) {
    }

    private record Rule(ActorClass actorClass, Set<String> words) {
    }

    /** Checked in order: a name that says "agent" and "deploy" is an agent. */
    private static final List<Rule> RULES = List.of(
            new Rule(ActorClass.AI_AGENT, Set.of("agent", "agents", "bot", "assistant", "llm", "gpt", "copilot",
                    "genai", "ai", "chatbot", "mcp")),
            new Rule(ActorClass.PIPELINE, Set.of("ci", "cd", "cicd", "deploy", "deployer", "deployment", "github",
                    "gitlab", "jenkins", "pipeline", "build", "builder", "runner", "terraform", "argo", "argocd",
                    "circleci", "buildkite", "actions", "spinnaker", "release")),
            new Rule(ActorClass.THIRD_PARTY, Set.of("vendor", "partner", "thirdparty", "saas", "external")),
            new Rule(ActorClass.INTEGRATION, Set.of("integration", "connector", "sync", "webhook", "etl", "datadog",
                    "splunk", "snowflake", "slack", "zapier")));

    /** "agent" in these names is monitoring or CI software running on a host, not an AI agent. */
    private static final Set<String> SOFTWARE_AGENT_VENDORS = Set.of("datadog", "newrelic", "dynatrace", "splunk",
            "elastic", "fluent", "fluentd", "otel", "opentelemetry", "ssm", "amazon", "aws", "azure", "gke", "jenkins",
            "gitlab", "buildkite", "teamcity", "bamboo", "octopus", "consul", "nomad", "vault", "puppet", "chef",
            "salt", "zabbix", "nagios", "sumo", "sumologic", "crowdstrike", "falcon", "wazuh", "kube", "node");

    private ActorClassInference() {
    }

    /** The guess from the words of a name, or empty when the name says nothing. */
    public static Optional<Guess> fromName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        boolean softwareAgent = words.stream().anyMatch(SOFTWARE_AGENT_VENDORS::contains);
        for (Rule rule : RULES) {
            for (String word : words) {
                if (softwareAgent && rule.actorClass() == ActorClass.AI_AGENT && word.startsWith("agent")) {
                    continue;
                }
                if (rule.words().contains(word)) {
                    return Optional.of(new Guess(rule.actorClass(), "name contains '" + word + "'"));
                }
            }
        }
        return Optional.empty();
    }

    /** The guess from the name, else the platform's default for its kind of identity, with that as the reason. */
    public static Guess fromNameOr(String name, ActorClass fallback, String fallbackReason) {
        return fromName(name).orElse(new Guess(fallback, fallbackReason));
    }
}
