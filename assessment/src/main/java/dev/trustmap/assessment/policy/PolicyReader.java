package dev.trustmap.assessment.policy;

import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.mappings.internal.LocatedTree;
import dev.trustmap.mappings.internal.LocatedTree.Node;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code policy.yaml}. The user's file is laid over the bundled defaults: a limit, deadline or setting they
 * leave out keeps its default; their {@code overrides} list, when present, replaces the default overrides. Every
 * problem is reported at once, each with its line and column.
 */
public final class PolicyReader {

    /** The bundled defaults, a resource next to this class. */
    public static final String DEFAULT_RESOURCE = "default-policy.yaml";

    static final String KIND = "kind";
    static final String VERSION = "version";
    static final String LIMITS = "limits";
    static final String OVERRIDES = "overrides";
    static final String DEADLINES = "deadlines";
    static final String PARTIAL = "partial-pass-rate-percent";
    static final String LANE = "lane";
    static final String ACTOR_CLASS = "actor-class";
    static final String CREDENTIAL_KIND = "credential-kind";

    private static final List<String> TOP_LEVEL = List.of(KIND, VERSION, LIMITS, OVERRIDES, DEADLINES, PARTIAL);
    private static final List<String> SELECTORS = List.of(LANE, ACTOR_CLASS, CREDENTIAL_KIND);
    private static final List<String> LIMIT_KEYS = Arrays.stream(PolicyKey.values()).map(PolicyKey::key).toList();

    private static volatile Policy defaults;

    private PolicyReader() {
    }

    /** The bundled default policy, with its digest. */
    /** {@code kind: policy} on a line of its own marks a policy file, whatever its name. */
    private static final Pattern KIND_LINE = Pattern.compile(
            "(?m)^kind\\s*:\\s*[\"']?policy[\"']?\\s*$");

    /** True when the head of a file shows it is a policy. */
    public static boolean recognises(FileHead head) {
        return RecordFile.textHas(head, KIND_LINE);
    }

    public static Policy defaults() {
        Policy policy = defaults;
        if (policy == null) {
            List<InputProblem> problems = new ArrayList<>();
            Draft draft = new Draft(DEFAULT_RESOURCE, problems);
            draft.read(defaultYaml().getBytes(StandardCharsets.UTF_8));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the bundled policy is broken: " + problems);
            }
            List<String> missing = new ArrayList<>();
            Arrays.stream(PolicyKey.values()).filter(k -> !draft.limits.containsKey(k)).forEach(k -> missing.add(
                    k.key()));
            Arrays.stream(Severity.values()).filter(s -> !draft.deadlines.containsKey(s)).forEach(s -> missing.add(
                    DEADLINES + "." + s.key()));
            if (draft.overrides == null) {
                missing.add(OVERRIDES);
            }
            if (draft.partial == null) {
                missing.add(PARTIAL);
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the bundled policy lacks " + missing);
            }
            policy = withDigest(new Policy(draft.limits, draft.overrides, draft.deadlines, draft.partial, ""));
            defaults = policy;
        }
        return policy;
    }

    /** The bundled default-policy.yaml as written, comments included: what {@code trustmap policy init} writes. */
    public static String defaultYaml() {
        try (InputStream in = PolicyReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a user's policy file and lays it over the defaults.
     *
     * @param file the file as the user named it, for messages
     * @throws InputException with every problem found, each with its line and column
     */
    public static Policy read(String file, byte[] yaml) {
        Objects.requireNonNull(file, "file");
        Policy base = defaults();
        List<InputProblem> problems = new ArrayList<>();
        Draft draft = new Draft(file, problems);
        if (!draft.read(yaml)) {
            problems.add(new InputProblem(file, "line 1", "the policy file is empty.", "Write only what you change, "
                    + "e.g. 'limits:' and under it '  unused-days: 60'; or start from `trustmap policy init`."));
        }
        Problems.throwIfAny(problems);
        Map<PolicyKey, Long> limits = new EnumMap<>(base.defaults());
        limits.putAll(draft.limits);
        Map<Severity, Integer> deadlines = new EnumMap<>(base.deadlineDays());
        deadlines.putAll(draft.deadlines);
        return withDigest(new Policy(limits, draft.overrides == null ? base.overrides() : draft.overrides,
                deadlines, draft.partial == null ? base.partialPassRatePercent() : draft.partial, ""));
    }

    /** The same policy with {@link Policy#sha256()} set to the digest of its canonical text. */
    public static Policy withDigest(Policy policy) {
        return new Policy(policy.defaults(), policy.overrides(), policy.deadlineDays(),
                policy.partialPassRatePercent(), PolicyWriter.sha256(policy));
    }

    /** What one file says; only what it sets. */
    private static final class Draft {
        private final String file;
        private final List<InputProblem> problems;
        private final Map<PolicyKey, Long> limits = new EnumMap<>(PolicyKey.class);
        private final Map<Severity, Integer> deadlines = new EnumMap<>(Severity.class);
        private List<PolicyOverride> overrides;
        private Integer partial;

        Draft(String file, List<InputProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        /** False when the document is empty. */
        boolean read(byte[] yaml) {
            Node root;
            try {
                root = LocatedTree.parseNode(file, yaml, problems);
            } catch (InputException e) {
                problems.addAll(e.problems());
                return true;
            }
            if (root == null) {
                return false;
            }
            if (!root.isMap()) {
                problem(root, "the policy file must be a mapping (kind: policy, limits:, overrides:, deadlines:); "
                        + "found " + root.describe() + ".", "Start from `trustmap policy init`.");
                return true;
            }
            for (Map.Entry<String, Node> entry : root.entries().entrySet()) {
                String name = entry.getKey();
                Node value = entry.getValue();
                switch (name) {
                    case KIND -> kind(value);
                    case VERSION -> version(value);
                    case LIMITS -> limits(value);
                    case OVERRIDES -> overrides(value);
                    case DEADLINES -> deadlines(value);
                    case PARTIAL -> partial = wholeNumber(value, PARTIAL, "percent", 100).map(Long::intValue)
                            .orElse(null);
                    default -> unknownTopLevel(root.key(name), name);
                }
            }
            return true;
        }

        private void kind(Node value) {
            if (!value.isScalar() || !"policy".equals(value.text())) {
                problem(value, "kind must be 'policy'; found " + value.describe() + ".",
                        "Is this the right file? A policy file starts with 'kind: policy'.");
            }
        }

        private void version(Node value) {
            if (!BigInteger.ONE.equals(value.integer())) {
                problem(value, "version must be 1; found " + value.describe() + ".",
                        "Write 'version: 1' or leave the line out.");
            }
        }

        private void unknownTopLevel(Node key, String name) {
            if (PolicyKey.fromKey(name).isPresent()) {
                problem(key, "'" + name + "' is a limit, not a top-level key.", "Indent it under 'limits:'.");
                return;
            }
            String fix = Problems.suggest(name, TOP_LEVEL, null);
            if (fix == null) {
                fix = Problems.suggest(name, LIMIT_KEYS, null);
                fix = fix == null ? "The top-level keys are: " + String.join(", ", TOP_LEVEL) + "."
                        : fix + " Limits go under 'limits:'.";
            }
            problem(key, "unknown key '" + name + "'.", fix);
        }

        private void limits(Node node) {
            if (node.isNull()) {
                return;
            }
            if (!node.isMap()) {
                problem(node, "limits must be a mapping of limit: value; found " + node.describe() + ".",
                        "Write one limit per line under 'limits:', e.g. '  unused-days: 60'.");
                return;
            }
            limits.putAll(limitValues(node, List.of()));
        }

        /** The limit keys of a mapping; other keys, except {@code allowed}, are reported. */
        private Map<PolicyKey, Long> limitValues(Node node, List<String> allowed) {
            Map<PolicyKey, Long> values = new EnumMap<>(PolicyKey.class);
            for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
                String name = entry.getKey();
                if (allowed.contains(name)) {
                    continue;
                }
                Optional<PolicyKey> key = PolicyKey.fromKey(name);
                if (key.isEmpty()) {
                    List<String> candidates = Stream.concat(allowed.stream(), LIMIT_KEYS.stream()).toList();
                    problem(node.key(name), "unknown " + (allowed.isEmpty() ? "limit" : "key") + " '" + name + "'.",
                            Problems.suggest(name, candidates, "The " + (allowed.isEmpty() ? "" : "selectors are "
                                    + String.join(", ", allowed) + "; the ") + "limits are: "
                                    + String.join(", ", LIMIT_KEYS) + "."));
                    continue;
                }
                wholeNumber(entry.getValue(), name, key.get().unit(), Long.MAX_VALUE)
                        .ifPresent(v -> values.put(key.get(), v));
            }
            return values;
        }

        private void overrides(Node node) {
            overrides = new ArrayList<>();
            if (node.isNull()) {
                return;
            }
            if (!node.isList()) {
                problem(node, "overrides must be a list; found " + node.describe() + ".",
                        "Start each override with '  - ', e.g. '  - lane: ai' and under it "
                                + "'    static-secret-max-age-days: 30'.");
                return;
            }
            Map<String, Node> seen = new LinkedHashMap<>();
            for (Node item : node.items()) {
                if (!item.isMap()) {
                    problem(item, "an override must be a mapping of selectors and limits; found " + item.describe()
                            + ".", "Write e.g. '- lane: ai' and under it '  static-secret-max-age-days: 30'.");
                    continue;
                }
                PolicyOverride override = override(item);
                if (override == null) {
                    continue;
                }
                for (PolicyKey key : override.values().keySet()) {
                    String selectors = selectors(override) + "|" + key.key();
                    Node first = seen.putIfAbsent(selectors, item);
                    if (first != null) {
                        problem(item.key(key.key()), "a second override for the same selectors sets " + key.key()
                                + " again (first on line " + first.line() + "); only one can apply.",
                                "Keep one of them.");
                    }
                }
                overrides.add(override);
            }
        }

        /** The override, or null when it has a problem (reported). */
        private PolicyOverride override(Node item) {
            int before = problems.size();
            Lane lane = selector(item, LANE, k -> Lane.fromKey(k).filter(l -> l != Lane.HUMAN),
                    List.of(Lane.MACHINE.key(), Lane.AI.key()));
            ActorClass actorClass = selector(item, ACTOR_CLASS, ActorClass::fromKey,
                    Arrays.stream(ActorClass.values()).map(ActorClass::key).toList());
            CredentialKind kind = selector(item, CREDENTIAL_KIND, CredentialKind::fromKey,
                    Arrays.stream(CredentialKind.values()).map(CredentialKind::key).toList());
            if (SELECTORS.stream().noneMatch(item.entries()::containsKey)) {
                problem(item, "the override has no selector, so it would apply everywhere.",
                        "Give it a lane (machine|ai), an actor-class or a credential-kind; to change a value "
                                + "everywhere, change it under 'limits:'.");
            }
            if (lane != null && actorClass != null && actorClass.lane() != lane) {
                problem(item.entries().get(ACTOR_CLASS), "actor-class " + actorClass.key() + " is in the "
                        + actorClass.lane().key() + " lane, so an override for lane " + lane.key()
                        + " and this class can never apply.", "Drop the lane or the actor-class.");
            }
            Map<PolicyKey, Long> values = limitValues(item, SELECTORS);
            if (item.entries().keySet().stream().allMatch(SELECTORS::contains)) {
                problem(item, "the override sets no limit.", "Add a limit under its selectors, e.g. "
                        + "'    static-secret-max-age-days: 30', or delete it.");
            }
            return problems.size() == before ? new PolicyOverride(lane, actorClass, kind, values) : null;
        }

        private <T> T selector(Node item, String name, Function<String, Optional<T>> parse, List<String> valid) {
            Node value = item.entries().get(name);
            if (value == null) {
                return null;
            }
            Optional<T> parsed = value.isScalar() ? parse.apply(value.text()) : Optional.empty();
            if (parsed.isEmpty()) {
                problem(value, name + " " + value.describe() + " is not one of " + String.join(", ", valid) + ".",
                        value.isScalar() ? Problems.suggest(value.text(), valid, null) : null);
                return null;
            }
            return parsed.get();
        }

        private void deadlines(Node node) {
            if (node.isNull()) {
                return;
            }
            if (!node.isMap()) {
                problem(node, "deadlines must be a mapping of severity: days; found " + node.describe() + ".",
                        "Write e.g. '  critical: 7' under 'deadlines:'.");
                return;
            }
            List<String> valid = Arrays.stream(Severity.values()).map(Severity::key).toList();
            for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
                Optional<Severity> severity = Severity.fromKey(entry.getKey());
                if (severity.isEmpty()) {
                    problem(node.key(entry.getKey()), "unknown severity '" + entry.getKey() + "' in deadlines.",
                            "The severities are: " + String.join(", ", valid) + ".");
                    continue;
                }
                wholeNumber(entry.getValue(), "deadlines." + severity.get().key(), "days", Integer.MAX_VALUE)
                        .ifPresent(v -> deadlines.put(severity.get(), v.intValue()));
            }
        }

        private Optional<Long> wholeNumber(Node value, String name, String unit, long max) {
            BigInteger number = value.integer();
            if (number == null) {
                problem(value, name + " must be a whole number of " + unit + "; found " + value.describe() + ".",
                        "Write digits only, without quotes or units, e.g. '" + name.substring(name.indexOf('.') + 1)
                                + ": 30'.");
                return Optional.empty();
            }
            if (number.signum() < 0) {
                problem(value, name + " must be 0 or more; found " + number + ".", null);
                return Optional.empty();
            }
            if (number.compareTo(BigInteger.valueOf(max)) > 0) {
                problem(value, name + " must be at most " + max + "; found " + number + ".", null);
                return Optional.empty();
            }
            return Optional.of(number.longValueExact());
        }

        private static String selectors(PolicyOverride o) {
            return (o.lane() == null ? "" : o.lane().key()) + "|"
                    + (o.actorClass() == null ? "" : o.actorClass().key()) + "|"
                    + (o.credentialKind() == null ? "" : o.credentialKind().key());
        }

        private void problem(Node at, String message, String fix) {
            problems.add(new InputProblem(file, at.where(), message, fix));
        }
    }
}
