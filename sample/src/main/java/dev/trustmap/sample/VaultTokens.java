package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Vault tokens as a loop of {@code vault token lookup -accessor ACCESSOR -format=json} prints them
 * ({@code evidence/vault/token-lookups.json}: the responses back to back). A lookup by accessor writes an empty
 * {@code id}: the token itself never appears. Vault's CLI writes the response in its struct order and {@code data}
 * with sorted keys. Short-lived tokens (AppRole and Kubernetes logins) are new every period; periodic service
 * tokens and orphans without a TTL live on, and one root token was never revoked.
 */
final class VaultTokens implements EstatePart {

    static final long PART = 600;
    static final String SOURCE = "vault";
    private static final long ATTRIBUTES = 2;
    private static final long CURRENT = 3;
    private static final double CHURN = 0.03;
    private static final String ACCESSOR = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private enum Kind { ROOT, APPROLE, KUBERNETES, PERIODIC, ORPHAN }

    private final Estate estate;
    private final Consumer<OwnerRow> owners;
    private final int count;

    VaultTokens(Estate estate, Consumer<OwnerRow> owners) {
        this.estate = estate;
        this.owners = owners;
        this.count = estate.shape().vault();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/vault/token-lookups.json";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            for (int slot = 0; slot < count; slot++) {
                lookup(json, slot);
            }
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, count, count);
    }

    private void lookup(JsonGenerator json, int slot) throws IOException {
        Timeline time = estate.time();
        long asOf = time.asOf();
        Timeline.Occupant occupant = time.occupant(PART, slot, slot == 0 ? 0 : CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        Kind kind = slot == 0 ? Kind.ROOT : Kind.values()[1 + r.weighted(0.45, 0.25, 0.20, 0.10)];
        String service = Names.workload(r);
        String namespace = r.pick(Names.NAMESPACES) + "-prod";
        int ttlHours = r.pick(List.of(1, 1, 1, 4, 8, 24));
        String entity = r.uuid();
        String longLivedAccessor = r.text(ACCESSOR, 24);
        Stewardship stewardship = Stewardship.of(estate, key, occupant.bornAt());
        // a short-lived token is a new token, with a new accessor, every time one is looked up
        SampleRandom now = SampleRandom.keyed(time.seed(), key, CURRENT * 100_000 + time.period().index());
        String shortAccessor = now.text(ACCESSOR, 24);
        long shortIssued = asOf - now.nextLong(ttlHours * Timeline.HOUR - 60);
        String request = now.uuid();
        int nanos = now.nextInt(1_000_000_000);

        String accessor;
        long created;
        long creationTtl;
        long expires;
        String displayName;
        String mountPath;
        List<String> policies;
        boolean renewable;
        boolean orphan;
        String meta = null;
        String metaRole = null;
        switch (kind) {
            case ROOT -> {
                accessor = longLivedAccessor;
                created = occupant.bornAt();
                creationTtl = 0;
                expires = -1;
                displayName = "root";
                mountPath = "auth/token/root";
                policies = List.of("root");
                renewable = false;
                orphan = true;
            }
            case APPROLE -> {
                accessor = shortAccessor;
                created = shortIssued;
                creationTtl = ttlHours * Timeline.HOUR;
                expires = created + creationTtl;
                displayName = "approle";
                mountPath = "auth/approle/login";
                policies = List.of("default", Names.system(service) + "-read");
                renewable = true;
                orphan = true;
                meta = "role_name";
                metaRole = service;
            }
            case KUBERNETES -> {
                accessor = shortAccessor;
                created = shortIssued;
                creationTtl = ttlHours * Timeline.HOUR;
                expires = created + creationTtl;
                displayName = "kubernetes-" + namespace + "-" + service;
                mountPath = "auth/kubernetes/login";
                policies = List.of("default", namespace + "-secrets");
                renewable = true;
                orphan = true;
                meta = "service_account_name";
                metaRole = service;
            }
            case PERIODIC -> {
                accessor = longLivedAccessor;
                created = occupant.bornAt();
                creationTtl = 768 * Timeline.HOUR;
                // renewed every few days, so it never reaches its period's end
                expires = asOf + creationTtl - now.nextLong(5 * Timeline.DAY);
                displayName = "token-" + service;
                mountPath = "auth/token/create";
                policies = List.of("default", Names.system(service) + "-write");
                renewable = true;
                orphan = false;
            }
            default -> {
                accessor = longLivedAccessor;
                created = occupant.bornAt();
                creationTtl = 0;
                expires = -1;
                displayName = "token-" + service;
                mountPath = "auth/token/create-orphan";
                policies = List.of("default", Names.system(service) + "-admin");
                renewable = false;
                orphan = true;
            }
        }

        json.writeStartObject();
        json.writeStringField("request_id", request);
        json.writeStringField("lease_id", "");
        json.writeNumberField("lease_duration", 0);
        json.writeBooleanField("renewable", false);
        json.writeObjectFieldStart("data");
        json.writeStringField("accessor", accessor);
        json.writeNumberField("creation_time", created);
        json.writeNumberField("creation_ttl", creationTtl);
        json.writeStringField("display_name", displayName);
        json.writeStringField("entity_id", kind == Kind.APPROLE || kind == Kind.KUBERNETES ? entity : "");
        json.writeStringField("expire_time", expires < 0 ? null : Times.nanoTime(expires, nanos));
        json.writeNumberField("explicit_max_ttl", 0);
        json.writeStringField("id", "");
        json.writeStringField("issue_time", Times.nanoTime(created, nanos));
        if (meta == null) {
            json.writeNullField("meta");
        } else {
            json.writeObjectFieldStart("meta");
            json.writeStringField(meta, metaRole);
            if (kind == Kind.KUBERNETES) {
                json.writeStringField("service_account_namespace", namespace);
            }
            json.writeEndObject();
        }
        json.writeNumberField("num_uses", 0);
        json.writeBooleanField("orphan", orphan);
        json.writeStringField("path", mountPath);
        json.writeArrayFieldStart("policies");
        for (String policy : policies) {
            json.writeString(policy);
        }
        json.writeEndArray();
        json.writeBooleanField("renewable", renewable);
        json.writeNumberField("ttl", expires < 0 ? 0 : expires - asOf);
        json.writeStringField("type", "service");
        json.writeEndObject();
        json.writeNullField("warnings");
        json.writeEndObject();

        boolean longLived = kind == Kind.ROOT || kind == Kind.PERIODIC || kind == Kind.ORPHAN;
        if (longLived && stewardship.documented()) {
            owners.accept(new OwnerRow("vault-token:" + accessor, estate.email(stewardship.technicalOwner()),
                    stewardship.businessOwner() < 0 ? null : estate.email(stewardship.businessOwner()),
                    stewardship.purposeStated() ? (kind == Kind.ROOT ? "Break-glass root token"
                            : "Vault token for " + service) : null, kind == Kind.ROOT ? "vault"
                    : Names.system(service), "prod", null, null));
        }
    }
}
