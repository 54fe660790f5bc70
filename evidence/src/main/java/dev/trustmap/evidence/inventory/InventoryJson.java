package dev.trustmap.evidence.inventory;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.model.collection.Prefetch;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakReference;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.IsoTimes;
import dev.trustmap.model.text.StrictUtf8Reader;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes and reads {@code inventory.json}. Written field by field in a fixed order with {@code \n} line ends, one
 * identity per line, so the same inventory always gives the same bytes; read element by element, so a large file
 * is never held twice.
 */
public final class InventoryJson {

    /** Bumped whenever a field changes meaning or is removed. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InventoryJson() {
    }

    public static void write(Inventory inventory, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new RecordPerLinePrinter());
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            time(json, "asOf", inventory.asOf());
            json.writeArrayFieldStart("sources");
            for (SourceSummary source : inventory.sources()) {
                json.writeStartObject();
                json.writeStringField("file", source.file());
                json.writeStringField("source", source.source());
                json.writeStringField("sha256", source.sha256());
                json.writeNumberField("identities", source.identities());
                json.writeNumberField("credentials", source.credentials());
                json.writeNumberField("leaks", source.leaks());
                json.writeNumberField("skippedRows", source.skippedRows());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("identities");
            // a large inventory is read back from disk and merged on a second core while this one writes
            try {
                Prefetch.forEach(inventory.identities(), "trustmap-inventory", identity -> {
                    try {
                        identity(json, identity);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("leaks");
            for (LeakedSecret leak : inventory.leaks()) {
                leak(json, leak);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            for (InputProblem warning : inventory.warnings()) {
                json.writeStartObject();
                json.writeStringField("file", warning.file());
                json.writeStringField("location", warning.location());
                json.writeStringField("message", warning.message());
                json.writeStringField("fix", warning.fix());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void identity(JsonGenerator json, Identity i) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", i.id());
        json.writeStringField("name", i.name());
        json.writeStringField("platform", i.platform());
        json.writeStringField("account", i.account());
        json.writeStringField("actorClass", i.actorClass() == null ? null : i.actorClass().key());
        json.writeStringField("actorClassReason", i.actorClassReason());
        json.writeStringField("lane", i.lane() == null ? null : i.lane().key());
        json.writeStringField("environment", i.environment());
        json.writeStringField("system", i.system());
        json.writeStringField("status", i.status());
        time(json, "lastUsedAt", i.lastUsedAt());
        json.writeStringField("technicalOwner", i.technicalOwner());
        json.writeStringField("businessOwner", i.businessOwner());
        json.writeStringField("purpose", i.purpose());
        bool(json, "privileged", i.privileged());
        json.writeStringField("privilegeReason", i.privilegeReason());
        strings(json, "scopes", i.scopes());
        json.writeStringField("onBehalfOf", i.onBehalfOf());
        json.writeStringField("executesAs", i.executesAs());
        json.writeStringField("parentIdentity", i.parentIdentity());
        json.writeStringField("approvedBy", i.approvedBy());
        time(json, "approvalExpiresAt", i.approvalExpiresAt());
        time(json, "taskEndsAt", i.taskEndsAt());
        time(json, "decommissionOn", i.decommissionOn());
        strings(json, "sources", i.sources());
        json.writeArrayFieldStart("credentials");
        for (Credential c : i.credentials()) {
            credential(json, c);
        }
        json.writeEndArray();
        if (!i.externalResults().isEmpty()) { // absent rather than empty, so inventories without any stay as they were
            json.writeArrayFieldStart("externalResults");
            for (ExternalResult r : i.externalResults()) {
                result(json, r);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, ExternalResult r) throws IOException {
        json.writeStartObject();
        json.writeStringField("tool", r.tool());
        json.writeStringField("check", r.check());
        json.writeStringField("verdict", r.verdict() == null ? null : r.verdict().key());
        json.writeStringField("findingId", r.findingId());
        time(json, "observedAt", r.observedAt());
        json.writeStringField("message", r.message());
        origin(json, r.origin());
        json.writeEndObject();
    }

    private static void credential(JsonGenerator json, Credential c) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", c.id());
        json.writeStringField("kind", c.kind() == null ? null : c.kind().key());
        json.writeStringField("managedBy", c.managedBy() == null ? null : c.managedBy().key());
        bool(json, "active", c.active());
        time(json, "createdAt", c.createdAt());
        time(json, "lastRotatedAt", c.lastRotatedAt());
        time(json, "lastUsedAt", c.lastUsedAt());
        time(json, "expiresAt", c.expiresAt());
        if (c.ttlSeconds() == null) {
            json.writeNullField("ttlSeconds");
        } else {
            json.writeNumberField("ttlSeconds", c.ttlSeconds());
        }
        json.writeStringField("fingerprint", c.fingerprint());
        json.writeBooleanField("leaked", c.leaked());
        json.writeArrayFieldStart("leaks");
        for (LeakReference leak : c.leaks()) {
            json.writeStartObject();
            json.writeStringField("scanner", leak.scanner());
            json.writeStringField("findingId", leak.findingId());
            json.writeStringField("rule", leak.rule());
            json.writeStringField("location", leak.location());
            time(json, "detectedAt", leak.detectedAt());
            json.writeEndObject();
        }
        json.writeEndArray();
        origin(json, c.origin());
        json.writeEndObject();
    }

    private static void leak(JsonGenerator json, LeakedSecret l) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", l.id());
        json.writeStringField("scanner", l.scanner());
        json.writeStringField("rule", l.rule());
        json.writeStringField("secretFingerprint", l.secretFingerprint());
        json.writeStringField("keyId", l.keyId());
        json.writeStringField("location", l.location());
        json.writeStringField("commit", l.commit());
        time(json, "detectedAt", l.detectedAt());
        bool(json, "verified", l.verified());
        json.writeStringField("identity", l.identityId());
        json.writeStringField("credential", l.credentialId());
        origin(json, l.origin());
        json.writeEndObject();
    }

    private static void origin(JsonGenerator json, Origin origin) throws IOException {
        if (origin == null) {
            json.writeNullField("source");
            return;
        }
        json.writeObjectFieldStart("source");
        json.writeStringField("file", origin.file());
        json.writeStringField("location", origin.location());
        json.writeEndObject();
    }

    private static void time(JsonGenerator json, String field, Instant value) throws IOException {
        json.writeStringField(field, value == null ? null : IsoTimes.text(value));
    }

    private static void bool(JsonGenerator json, String field, Boolean value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeBooleanField(field, value);
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * Reads an inventory written by {@link #write}, identity by identity.
     *
     * @throws InputException when the file is not a trustmap inventory or is of a newer schema
     */
    public static Inventory read(String file, InputStream in) throws IOException {
        List<Identity> identities = new ArrayList<>();
        Inventory rest = read(file, in, identities::add);
        return new Inventory(rest.asOf(), rest.sources(), identities, rest.leaks(), rest.warnings());
    }

    /**
     * Reads an inventory written by {@link #write}, handing each identity to {@code identities} as it is read rather
     * than holding it: the inventory returned has every part but its identities.
     *
     * @throws InputException when the file is not a trustmap inventory or is of a newer schema
     */
    public static Inventory read(String file, InputStream in, Consumer<Identity> identities) throws IOException {
        Instant asOf = null;
        List<SourceSummary> sources = new ArrayList<>();
        List<LeakedSecret> leaks = new ArrayList<>();
        List<InputProblem> warnings = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(StrictUtf8Reader.of(file, in))) {
            parser.setCodec(MAPPER);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnInventory(file, "expected a JSON object");
            }
            boolean versioned = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "schemaVersion" -> {
                        if (parser.getIntValue() > SCHEMA_VERSION) {
                            throw notAnInventory(file, "schema version " + parser.getIntValue()
                                    + " is newer than this trustmap reads (" + SCHEMA_VERSION + ")");
                        }
                        versioned = true;
                    }
                    case "asOf" -> asOf = instant(parser.getValueAsString());
                    case "sources" -> each(parser, n -> sources.add(new SourceSummary(text(n, "file"),
                            text(n, "source"), text(n, "sha256"), n.path("identities").asInt(),
                            n.path("credentials").asInt(), n.path("leaks").asInt(), n.path("skippedRows").asInt())));
                    case "identities" -> each(parser, n -> identities.accept(identity(n)));
                    case "leaks" -> each(parser, n -> leaks.add(leak(n)));
                    case "warnings" -> each(parser, n -> warnings.add(new InputProblem(text(n, "file"),
                            text(n, "location"), text(n, "message"), text(n, "fix"))));
                    default -> parser.skipChildren();
                }
            }
            if (!versioned) {
                throw notAnInventory(file, "it has no schemaVersion");
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException(new InputProblem(file, at == null ? "" : "line " + at.getLineNr() + ", column "
                    + at.getColumnNr(), "not a readable inventory: " + e.getOriginalMessage(),
                    "Write it again with 'trustmap import ... --out inventory.json'."));
        }
        return new Inventory(asOf, sources, List.of(), leaks, warnings);
    }

    private interface NodeConsumer {
        void accept(JsonNode node);
    }

    private static void each(JsonParser parser, NodeConsumer consumer) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            consumer.accept(parser.readValueAsTree());
        }
    }

    private static Identity identity(JsonNode n) {
        Identity.Builder builder = Identity.builder(text(n, "id"))
                .name(text(n, "name")).platform(text(n, "platform")).account(text(n, "account"))
                .actorClass(ActorClass.fromKey(text(n, "actorClass")).orElse(null))
                .actorClassReason(text(n, "actorClassReason")).environment(text(n, "environment"))
                .system(text(n, "system")).status(text(n, "status")).lastUsedAt(instant(text(n, "lastUsedAt")))
                .technicalOwner(text(n, "technicalOwner")).businessOwner(text(n, "businessOwner"))
                .purpose(text(n, "purpose")).privileged(bool(n, "privileged"))
                .privilegeReason(text(n, "privilegeReason")).scopes(strings(n.path("scopes")))
                .onBehalfOf(text(n, "onBehalfOf")).executesAs(text(n, "executesAs"))
                .parentIdentity(text(n, "parentIdentity")).approvedBy(text(n, "approvedBy"))
                .approvalExpiresAt(instant(text(n, "approvalExpiresAt"))).taskEndsAt(instant(text(n, "taskEndsAt")))
                .decommissionOn(instant(text(n, "decommissionOn"))).sources(strings(n.path("sources")));
        for (JsonNode c : n.path("credentials")) {
            List<LeakReference> refs = new ArrayList<>();
            for (JsonNode l : c.path("leaks")) {
                refs.add(new LeakReference(text(l, "scanner"), text(l, "findingId"), text(l, "rule"),
                        text(l, "location"), instant(text(l, "detectedAt"))));
            }
            builder.addCredential(new Credential(text(c, "id"), CredentialKind.fromKey(text(c, "kind")).orElse(null),
                    managedBy(text(c, "managedBy")), bool(c, "active"), instant(text(c, "createdAt")),
                    instant(text(c, "lastRotatedAt")), instant(text(c, "lastUsedAt")), instant(text(c, "expiresAt")),
                    c.path("ttlSeconds").isNumber() ? c.path("ttlSeconds").asLong() : null, text(c, "fingerprint"),
                    refs, origin(c.path("source"))));
        }
        for (JsonNode r : n.path("externalResults")) {
            builder.addExternalResult(new ExternalResult(text(r, "tool"), text(r, "check"),
                    ToolVerdict.fromKey(text(r, "verdict")).orElse(null), text(r, "findingId"),
                    instant(text(r, "observedAt")), text(r, "message"), origin(r.path("source"))));
        }
        return builder.build();
    }

    private static LeakedSecret leak(JsonNode n) {
        return new LeakedSecret(text(n, "id"), text(n, "scanner"), text(n, "rule"), text(n, "secretFingerprint"),
                text(n, "keyId"), text(n, "location"), text(n, "commit"), instant(text(n, "detectedAt")),
                bool(n, "verified"), text(n, "identity"), text(n, "credential"), origin(n.path("source")));
    }

    private static Origin origin(JsonNode n) {
        return n.isObject() ? new Origin(text(n, "file"), text(n, "location")) : null;
    }

    private static ManagedBy managedBy(String key) {
        return key == null ? null : ManagedBy.valueOf(key.toUpperCase(Locale.ROOT));
    }

    private static InputException notAnInventory(String file, String why) {
        return new InputException(new InputProblem(file, "", "not a trustmap inventory: " + why + ".",
                "Pass the inventory.json that 'trustmap import' wrote, or the raw exports."));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
