package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The organisation's OpenAI project as the Admin API lists it ({@code evidence/openai/project-keys.json}): the
 * pages of {@code GET /v1/organization/projects/ID/service_accounts}, then those of {@code .../api_keys}, back to
 * back, four-space JSON as OpenAI's examples print it. Half the identities are service accounts, each holding one
 * key; the rest are keys people made for themselves. Times are epoch seconds; {@code last_used_at} is null for a key
 * never used; {@code redacted_value} shows a made-up start and end, as the API shows a key's.
 */
final class OpenAiKeys implements EstatePart {

    static final long PART = 1700;
    static final String SOURCE = "openai";
    private static final long ATTRIBUTES = 2;
    private static final double CHURN = 0.05;
    private static final int PAGE = 100;
    /** Project API keys with owners came with the Admin API, in 2024. */
    private static final long KEYS_FROM = java.time.LocalDate.of(2024, 3, 26).toEpochDay() * Timeline.DAY;
    private static final List<String> PERSONAL = List.of("notebook", "local-dev", "eval-script", "prompt-lab",
            "hackathon", "demo-app", "slides-helper");

    private final Estate estate;
    private final int serviceAccounts;
    private final int personalKeys;

    OpenAiKeys(Estate estate) {
        this.estate = estate;
        this.serviceAccounts = (estate.shape().openai() + 1) / 2;
        this.personalKeys = estate.shape().openai() - serviceAccounts;
    }

    /** One key or service account, the same in both lists. */
    private record Drawn(SampleRandom r, Timeline.Occupant occupant, long[] key) {
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/openai/project-keys.json";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.FOUR_SPACES)) {
            for (int from = 0; from == 0 || from < serviceAccounts; from += PAGE) {
                int to = Math.min(serviceAccounts, from + PAGE);
                page(json, from, to, serviceAccounts, (slot) -> serviceAccount(json, slot));
            }
            int keys = serviceAccounts + personalKeys;
            for (int from = 0; from == 0 || from < keys; from += PAGE) {
                int to = Math.min(keys, from + PAGE);
                page(json, from, to, keys, (slot) -> key(json, slot));
            }
        }
        files.tally(path, SOURCE, serviceAccounts * 2L + personalKeys, serviceAccounts + personalKeys);
    }

    private interface Item {
        String write(int slot) throws IOException;
    }

    private static void page(JsonGenerator json, int from, int to, int total, Item item) throws IOException {
        json.writeStartObject();
        json.writeStringField("object", "list");
        json.writeArrayFieldStart("data");
        String first = null;
        String last = null;
        for (int slot = from; slot < to; slot++) {
            last = item.write(slot);
            first = first == null ? last : first;
        }
        json.writeEndArray();
        json.writeStringField("first_id", first);
        json.writeStringField("last_id", last);
        json.writeBooleanField("has_more", to < total);
        json.writeEndObject();
    }

    private Drawn drawn(int slot) {
        Timeline.Occupant occupant = estate.time().occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        return new Drawn(SampleRandom.keyed(estate.time().seed(), key, ATTRIBUTES), occupant, key);
    }

    private static String accountId(Drawn d) {
        return "svc_acct_" + (100_000 + d.occupant().slot() * 8 + d.occupant().generation());
    }

    private long createdAt(Drawn d) {
        long born = d.occupant().bornAt();
        return born >= KEYS_FROM ? born : KEYS_FROM + d.r().nextLong(300 * Timeline.DAY);
    }

    private String serviceAccount(JsonGenerator json, int slot) throws IOException {
        Drawn d = drawn(slot);
        String id = accountId(d);
        json.writeStartObject();
        json.writeStringField("object", "organization.project.service_account");
        json.writeStringField("id", id);
        json.writeStringField("name", Names.agent(d.r()));
        json.writeStringField("role", d.r().chance(0.1) ? "owner" : "member");
        json.writeNumberField("created_at", createdAt(d));
        json.writeEndObject();
        return id;
    }

    /** The service accounts' keys first, in their order, then the personal keys. */
    private String key(JsonGenerator json, int slot) throws IOException {
        Drawn d = drawn(slot);
        boolean personal = slot >= serviceAccounts;
        String accountName = personal ? null : Names.agent(d.r());
        String role = personal ? null : d.r().chance(0.1) ? "owner" : "member";
        long created = createdAt(d);
        SampleRandom r = SampleRandom.keyed(estate.time().seed(), d.key(), ATTRIBUTES + 1);
        int person = estate.people().pick(r);
        Lifecycle.Usage usage = Lifecycle.usage(r);
        long used = Lifecycle.lastUse(estate.time(), d.key(), usage, Lifecycle.dormantSince(r, created), created);
        boolean lostAccess = personal && estate.people().departedBy(person, estate.asOf()) && r.chance(0.5);
        String id = "key_" + r.letters(16);

        json.writeStartObject();
        json.writeStringField("object", "organization.project.api_key");
        json.writeStringField("redacted_value", "sk-" + (personal ? "proj" : "svca") + "..." + r.letters(4));
        json.writeStringField("name", personal ? r.pick(PERSONAL) : accountName + "-key");
        json.writeNumberField("created_at", created);
        if (used < 0) {
            json.writeNullField("last_used_at");
        } else {
            json.writeNumberField("last_used_at", used);
        }
        json.writeStringField("id", id);
        json.writeStringField("owner_project_access", lostAccess ? "inactive" : "active");
        json.writeObjectFieldStart("owner");
        if (personal) {
            json.writeStringField("type", "user");
            json.writeObjectFieldStart("user");
            json.writeStringField("id", "user_" + (400_000 + person));
            json.writeStringField("name", estate.people().name(person));
            json.writeStringField("email", estate.email(person));
            json.writeStringField("role", "member");
        } else {
            json.writeStringField("type", "service_account");
            json.writeObjectFieldStart("service_account");
            json.writeStringField("id", accountId(d));
            json.writeStringField("name", accountName);
            json.writeStringField("role", role);
        }
        json.writeNumberField("created_at", created);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        return id;
    }
}
