package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * One cluster's service accounts and legacy token secrets as {@code kubectl get serviceaccounts -A -o json} and
 * {@code kubectl get secrets -A -o json} print them ({@code evidence/kubernetes/}): a List, members sorted, four
 * spaces. Every namespace has its {@code default} account. Accounts created before 1.24 (May 2022) got a token
 * Secret named {@code NAME-token-xxxxx} listed in their {@code secrets}; later ones were made by hand and are not
 * listed. From 1.26 (December 2022) a used token carries the {@code legacy-token-last-used} label (a date); from
 * 1.29 one unused for a year is marked {@code legacy-token-invalid-since}. The tokens are the sample's own: a JWT
 * whose signature says it is not one.
 */
final class KubernetesServiceAccounts implements EstatePart {

    static final long PART = 400;
    static final String SOURCE = "kubernetes";
    private static final long ATTRIBUTES = 2;
    private static final long TOKEN = 3;
    private static final long LEAK = 4;
    private static final double CHURN = 0.03;
    private static final List<String> ENVIRONMENTS = List.of("prod", "staging", "dev");
    private static final long AUTO_TOKENS_UNTIL = java.time.LocalDate.of(2022, 5, 3).toEpochDay() * Timeline.DAY;
    private static final long LAST_USED_LABEL_FROM = java.time.LocalDate.of(2022, 12, 8).toEpochDay() * Timeline.DAY;
    private static final long CLEANER_FROM = java.time.LocalDate.of(2023, 12, 13).toEpochDay() * Timeline.DAY;
    private static final String ALPHANUMERIC = "bcdfghjklmnpqrstvwxz2456789";

    private record Token(String secret, boolean listed, long created, long lastUsed, long invalidSince, String jwt) {
    }

    private record Account(String namespace, String name, String uid, long created, String roleArn, Token token) {
    }

    private final Estate estate;
    private final Consumer<OwnerRow> owners;
    private final Consumer<String> ids;
    private final Consumer<Leak> leaks;
    private final double leakRate;
    private final int count;
    private final int namespaces;

    /**
     * @param ids told every account's id ({@code namespace/name}), for agents that execute as one
     * @param leaks told of every token leaked by the period
     */
    KubernetesServiceAccounts(Estate estate, Consumer<OwnerRow> owners, Consumer<String> ids,
            Consumer<Leak> leaks) {
        this.estate = estate;
        this.owners = owners;
        this.ids = ids;
        this.leaks = leaks;
        this.count = estate.shape().kubernetes();
        this.namespaces = Math.max(2, Math.min(60, count / 10));
        // about one in forty tokens leaks over the years, fewer in a big estate
        this.leakRate = Math.min(0.01, 40.0 / Math.max(1, count));
    }

    private String namespace(int n) {
        String name = Names.NAMESPACES.get(n % Names.NAMESPACES.size());
        int round = n / Names.NAMESPACES.size();
        return name + "-" + ENVIRONMENTS.get(round % 3) + (round >= 3 ? "-" + (round / 3 + 1) : "");
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String accountsPath = "evidence/kubernetes/serviceaccounts.json";
        try (JsonGenerator json = files.json(accountsPath, EstateFiles.JsonStyle.FOUR_SPACES)) {
            startList(json);
            for (int slot = 0; slot < count; slot++) {
                Account account = account(slot, true);
                writeAccount(json, account);
                ids.accept(account.namespace() + "/" + account.name());
            }
            endList(json);
        }
        files.tally(accountsPath, SOURCE, count, count);
        String secretsPath = "evidence/kubernetes/secrets.json";
        long tokens = 0;
        try (JsonGenerator json = files.json(secretsPath, EstateFiles.JsonStyle.FOUR_SPACES)) {
            startList(json);
            for (int slot = 0; slot < count; slot++) {
                Account account = account(slot, false);
                if (account.token() != null) {
                    writeSecret(json, account);
                    tokens++;
                }
            }
            endList(json);
        }
        files.tally(secretsPath, SOURCE, tokens, 0);
    }

    private Account account(int slot, boolean first) {
        Timeline time = estate.time();
        long asOf = time.asOf();
        int n = slot % namespaces;
        String namespace = namespace(n);
        boolean isDefault = slot < namespaces;
        // a namespace keeps its default account for as long as it exists
        Timeline.Occupant occupant = time.occupant(PART, slot, isDefault ? 0 : CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        int kind = r.weighted(0.70, 0.12, 0.10, 0.08);
        String base = switch (kind) {
            case 0 -> Names.workload(r);
            case 1 -> Names.pipeline(r);
            case 2 -> Names.integration(r);
            default -> r.pick(List.of("rag", "triage", "summary", "support")) + "-agent";
        };
        long born = kind == 3 && !isDefault ? Timeline.aiBirth(occupant.bornAt()) : occupant.bornAt();
        String name = isDefault ? "default" : base + "-" + slot + Names.generation(occupant.generation());
        String uid = r.uuid();
        boolean irsa = r.chance(0.15);
        boolean hasToken = r.chance(isDefault ? 0.2 : 0.35);
        long tokenCreated = born + r.nextLong(isDefault ? 2 * Timeline.DAY : 300 * Timeline.DAY);
        String suffix = r.text(ALPHANUMERIC, 5);
        String jti = r.hex(32);
        Lifecycle.Usage usage = Lifecycle.usage(r);
        long dormant = Lifecycle.dormantSince(r, tokenCreated);
        Stewardship stewardship = Stewardship.of(estate, key, born);

        Token token = null;
        if (hasToken && tokenCreated <= asOf) {
            boolean auto = born < AUTO_TOKENS_UNTIL;
            String secret = auto ? name + "-token-" + suffix : name + "-token";
            long[] tokenKey = Stewardship.append(key, TOKEN);
            long used = Lifecycle.lastUse(time, tokenKey, usage, dormant, tokenCreated);
            long idleFrom = used >= 0 ? used : tokenCreated;
            long invalid = idleFrom + 365 * Timeline.DAY;
            String jwt = jwt(namespace, name, secret, jti);
            long revoked = leakRevocation(tokenKey, tokenCreated, namespace, name, jwt, first);
            long invalidSince = invalid >= CLEANER_FROM && invalid <= asOf ? invalid : -1;
            if (revoked >= 0 && (invalidSince < 0 || revoked < invalidSince)) {
                invalidSince = revoked;
            }
            if (invalidSince >= 0 && used > invalidSince) {
                used = invalidSince - Timeline.DAY;
            }
            token = new Token(secret, auto, tokenCreated, used >= LAST_USED_LABEL_FROM ? used : -1, invalidSince,
                    jwt);
        }
        if (first && stewardship.documented()) {
            owners.accept(new OwnerRow(namespace + "/" + name, estate.email(stewardship.technicalOwner()),
                    stewardship.businessOwner() < 0 ? null : estate.email(stewardship.businessOwner()),
                    stewardship.purposeStated() ? (isDefault ? "Default account of " + namespace
                            : "Runs " + base + " in " + namespace) : null,
                    Names.system(namespace), ENVIRONMENTS.get(n / Names.NAMESPACES.size() % 3), null, null));
        }
        String roleArn = irsa && !isDefault ? "arn:aws:iam::" + (100_000_000_000L + r.nextLong(899_999_999_999L))
                + ":role/" + name : null;
        return new Account(namespace, name, uid, born, roleArn, token);
    }

    /**
     * A token leaks at a small rate each quarter after it is made; most are invalidated within weeks or months
     * (the label marks it), some never. Returns when it was invalidated, or -1.
     */
    private long leakRevocation(long[] tokenKey, long created, String namespace, String name, String token,
            boolean report) {
        Timeline time = estate.time();
        long leaked = time.firstEvent(leakRate, created, Stewardship.append(tokenKey, LEAK));
        if (leaked < 0) {
            return -1;
        }
        SampleRandom r = SampleRandom.keyed(time.seed(), tokenKey, LEAK);
        int lag = r.weighted(0.4, 0.35, 0.25);
        long revoked = lag == 0 ? leaked + (1 + r.nextInt(20)) * Timeline.DAY
                : lag == 1 ? leaked + (60 + r.nextInt(120)) * Timeline.DAY : -1;
        int author = estate.people().pick(r);
        int line = 3 + r.nextInt(40);
        if (report) {
            leaks.accept(new Leak("jwt", "Uncovered a JSON Web Token, which may lead to unauthorized access to web"
                    + " applications and sensitive user data.", token, "token: " + token, "deploy/" + namespace
                    + "/kubeconfig-" + name + ".yaml", line, leaked, author, "debug " + name + " access"));
        }
        return revoked >= 0 && revoked <= time.asOf() ? revoked : -1;
    }

    /** A token shaped like the token controller's, signed with nothing: its third part says so. */
    private static String jwt(String namespace, String name, String secret, String id) {
        String header = "{\"alg\":\"RS256\",\"kid\":\"sample\"}";
        String payload = "{\"iss\":\"kubernetes/serviceaccount\",\"kubernetes.io/serviceaccount/namespace\":\""
                + namespace + "\",\"kubernetes.io/serviceaccount/secret.name\":\"" + secret + "\","
                + "\"kubernetes.io/serviceaccount/service-account.name\":\"" + name + "\",\"sub\":\""
                + "system:serviceaccount:" + namespace + ":" + name + "\",\"jti\":\"" + id + "\"}";
        return base64url(header) + "." + base64url(payload) + "." + base64url("sample-not-a-signature");
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void startList(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("apiVersion", "v1");
        json.writeArrayFieldStart("items");
    }

    private static void endList(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeStringField("kind", "List");
        json.writeObjectFieldStart("metadata");
        json.writeStringField("resourceVersion", "");
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeAccount(JsonGenerator json, Account account) throws IOException {
        json.writeStartObject();
        json.writeStringField("apiVersion", "v1");
        json.writeStringField("kind", "ServiceAccount");
        json.writeObjectFieldStart("metadata");
        if (account.roleArn() != null) {
            json.writeObjectFieldStart("annotations");
            json.writeStringField("eks.amazonaws.com/role-arn", account.roleArn());
            json.writeEndObject();
        }
        json.writeStringField("creationTimestamp", Times.iso(account.created()));
        json.writeStringField("name", account.name());
        json.writeStringField("namespace", account.namespace());
        json.writeStringField("resourceVersion", Long.toString(1000 + (account.created() & 0xfffff)));
        json.writeStringField("uid", account.uid());
        json.writeEndObject();
        if (account.token() != null && account.token().listed()) {
            json.writeArrayFieldStart("secrets");
            json.writeStartObject();
            json.writeStringField("name", account.token().secret());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void writeSecret(JsonGenerator json, Account account) throws IOException {
        Token token = account.token();
        json.writeStartObject();
        json.writeStringField("apiVersion", "v1");
        json.writeObjectFieldStart("data");
        json.writeStringField("namespace", Base64.getEncoder().encodeToString(
                account.namespace().getBytes(StandardCharsets.UTF_8)));
        json.writeStringField("token", Base64.getEncoder().encodeToString(
                token.jwt().getBytes(StandardCharsets.UTF_8)));
        json.writeEndObject();
        json.writeStringField("kind", "Secret");
        json.writeObjectFieldStart("metadata");
        json.writeObjectFieldStart("annotations");
        json.writeStringField("kubernetes.io/service-account.name", account.name());
        json.writeStringField("kubernetes.io/service-account.uid", account.uid());
        json.writeEndObject();
        json.writeStringField("creationTimestamp", Times.iso(token.created()));
        if (token.invalidSince() >= 0 || token.lastUsed() >= 0) {
            json.writeObjectFieldStart("labels");
            if (token.invalidSince() >= 0) {
                json.writeStringField("kubernetes.io/legacy-token-invalid-since", Times.date(token.invalidSince()));
            }
            if (token.lastUsed() >= 0) {
                json.writeStringField("kubernetes.io/legacy-token-last-used", Times.date(token.lastUsed()));
            }
            json.writeEndObject();
        }
        json.writeStringField("name", token.secret());
        json.writeStringField("namespace", account.namespace());
        json.writeStringField("resourceVersion", Long.toString(1000 + (token.created() & 0xfffff)));
        json.writeStringField("uid", SampleRandom.keyed(estate.time().seed(), PART, token.created()).uuid());
        json.writeEndObject();
        json.writeStringField("type", "kubernetes.io/service-account-token");
        json.writeEndObject();
    }
}
