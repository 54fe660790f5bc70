package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * SPIRE registration entries as {@code spire-server entry show -output json} prints them
 * ({@code evidence/spire/entries.json}): one compact line, keys in alphabetical order, epoch seconds and 64-bit
 * numbers as strings, {@code next_page_token} empty as the CLI reads every page. The first entry is a node entry for
 * the cluster's agents (its parent is the server); the rest are Kubernetes workloads under it.
 */
final class SpireEntries implements EstatePart {

    static final long PART = 1500;
    static final String SOURCE = "spire";
    private static final long ATTRIBUTES = 2;
    private static final double CHURN = 0.05;
    private static final String NODES = "/k8s-cluster/prod";

    private final Estate estate;
    private final int count;

    SpireEntries(Estate estate) {
        this.estate = estate;
        this.count = estate.shape().spire();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/spire/entries.json";
        String domain = estate.organisation().slug() + ".example";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.COMPACT)) {
            json.writeStartObject();
            json.writeArrayFieldStart("entries");
            for (int slot = 0; slot < count; slot++) {
                entry(json, domain, slot);
            }
            json.writeEndArray();
            json.writeStringField("next_page_token", "");
            json.writeEndObject();
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, count, count);
    }

    private void entry(JsonGenerator json, String domain, int slot) throws IOException {
        Timeline time = estate.time();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        boolean node = slot == 0;
        String namespace = r.pick(Names.NAMESPACES);
        String account = Names.workload(r) + "-" + slot + Names.generation(occupant.generation());
        long created = Math.min(occupant.bornAt(), time.asOf() - Timeline.DAY);
        long ttl = r.pick(List.of(0L, 3_600L, 3_600L, 86_400L));

        json.writeStartObject();
        json.writeBooleanField("admin", false);
        json.writeStringField("created_at", Long.toString(created));
        json.writeBooleanField("downstream", false);
        json.writeStringField("expires_at", "0");
        json.writeStringField("id", r.uuid());
        json.writeNumberField("jwt_svid_ttl", node ? 0 : 300);
        json.writeObjectFieldStart("parent_id");
        json.writeStringField("path", node ? "/spire/server" : NODES);
        json.writeStringField("trust_domain", domain);
        json.writeEndObject();
        json.writeStringField("revision_number", "0");
        json.writeArrayFieldStart("selectors");
        if (node) {
            selector(json, "k8s_psat", "cluster:prod");
        } else {
            selector(json, "k8s", "ns:" + namespace);
            selector(json, "k8s", "sa:" + account);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("spiffe_id");
        json.writeStringField("path", node ? NODES : "/ns/" + namespace + "/sa/" + account);
        json.writeStringField("trust_domain", domain);
        json.writeEndObject();
        json.writeNumberField("x509_svid_ttl", node ? 0 : ttl);
        json.writeEndObject();
    }

    private static void selector(JsonGenerator json, String type, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("value", value);
        json.writeEndObject();
    }
}
