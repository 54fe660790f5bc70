package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The organisation's Anthropic API keys as the Admin API lists them ({@code evidence/anthropic/api-keys.json}): the
 * pages of {@code GET /v1/organizations/api_keys?limit=100}, back to back, two-space JSON. Times are RFC 3339 in UTC;
 * there is no last use, as the API keeps none. A key with an expiry past the as-of instant is {@code expired}.
 */
final class AnthropicKeys implements EstatePart {

    static final long PART = 1710;
    static final String SOURCE = "anthropic";
    private static final long ATTRIBUTES = 2;
    private static final double CHURN = 0.05;
    private static final int PAGE = 100;
    /** The Admin API and its key list came in late 2024. */
    private static final long KEYS_FROM = java.time.LocalDate.of(2024, 10, 30).toEpochDay() * Timeline.DAY;
    /** Workspaces; null is the organisation's default one. */
    private static final List<String> WORKSPACES = List.of("wrkspc_01Support", "wrkspc_01Finance", "wrkspc_01Evals");

    private final Estate estate;
    private final int count;

    AnthropicKeys(Estate estate) {
        this.estate = estate;
        this.count = estate.shape().anthropic();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/anthropic/api-keys.json";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            for (int from = 0; from < count; from += PAGE) {
                int to = Math.min(count, from + PAGE);
                json.writeStartObject();
                json.writeArrayFieldStart("data");
                String first = null;
                String last = null;
                for (int slot = from; slot < to; slot++) {
                    last = key(json, slot);
                    first = first == null ? last : first;
                }
                json.writeEndArray();
                json.writeBooleanField("has_more", to < count);
                json.writeStringField("first_id", first);
                json.writeStringField("last_id", last);
                json.writeEndObject();
            }
        }
        files.tally(path, SOURCE, count, count);
    }

    private String key(JsonGenerator json, int slot) throws IOException {
        Timeline.Occupant occupant = estate.time().occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(estate.time().seed(), key, ATTRIBUTES);
        long born = occupant.bornAt();
        long created = born >= KEYS_FROM ? born : KEYS_FROM + r.nextLong(200 * Timeline.DAY);
        int workspace = r.nextInt(WORKSPACES.size() + 1);
        int creator = estate.people().pick(r);
        boolean recordedCreator = r.chance(0.9);
        long expires = r.chance(0.3) ? created + new long[] {30, 90, 365}[r.nextInt(3)] * Timeline.DAY : -1;
        int state = r.weighted(0.8, 0.1, 0.1);
        String status = expires >= 0 && expires < estate.asOf() ? "expired"
                : new String[] {"active", "inactive", "archived"}[state];
        String id = "apikey_01" + r.letters(22);

        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("type", "api_key");
        json.writeStringField("name", Names.agent(r));
        json.writeStringField("status", status);
        json.writeStringField("created_at", Times.iso(created));
        if (recordedCreator) {
            json.writeObjectFieldStart("created_by");
            json.writeStringField("id", "user_01" + (400_000 + creator));
            json.writeStringField("type", "user");
            json.writeEndObject();
        } else {
            json.writeNullField("created_by");
        }
        json.writeStringField("partial_key_hint", "sk-ant-api03-" + r.letters(3) + "..." + r.letters(4));
        json.writeStringField("workspace_id", workspace == WORKSPACES.size() ? null
                : WORKSPACES.get(workspace) + estate.organisation().slug());
        json.writeStringField("expires_at", expires < 0 ? null : Times.iso(expires));
        json.writeEndObject();
        return id;
    }
}
