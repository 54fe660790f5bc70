package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The organisation's fine-grained personal access token grants as {@code gh api --paginate
 * /orgs/ORG/personal-access-tokens?per_page=100} writes them to a file ({@code evidence/github/pat-grants.json}):
 * each page's body as the API sent it, compact, pages back to back. Times are in the API's Pacific offset with
 * milliseconds; {@code token_expires_at} is null for a token without expiry and {@code token_last_used_at} null
 * for one never used.
 */
final class GitHubTokenGrants implements EstatePart {

    static final long PART = 500;
    static final String SOURCE = "github";
    private static final long ATTRIBUTES = 2;
    private static final double CHURN = 0.04;
    private static final int PAGE = 100;
    /** Fine-grained tokens came out of beta in October 2022. */
    private static final long FINE_GRAINED_FROM = java.time.LocalDate.of(2022, 10, 18).toEpochDay() * Timeline.DAY;
    private static final long RENEWAL = 6;
    private static final List<String> SCRIPTS = List.of("backup-script", "stale-issue-cleanup", "docs-publisher",
            "license-report", "repo-inventory", "label-manager", "changelog-bot-token", "metrics-export");

    private final Estate estate;
    private final Consumer<OwnerRow> owners;
    private final int count;

    GitHubTokenGrants(Estate estate, Consumer<OwnerRow> owners) {
        this.estate = estate;
        this.owners = owners;
        this.count = estate.shape().github();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/github/pat-grants.json";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.COMPACT)) {
            for (int page = 0; page * PAGE < count; page++) {
                json.writeStartArray();
                for (int slot = page * PAGE; slot < Math.min(count, (page + 1) * PAGE); slot++) {
                    grant(json, slot);
                }
                json.writeEndArray();
            }
        }
        files.tally(path, SOURCE, count, count);
    }

    private void grant(JsonGenerator json, int slot) throws IOException {
        Timeline time = estate.time();
        long asOf = time.asOf();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        int kind = r.weighted(0.4, 0.3, 0.3);
        String name = switch (kind) {
            case 0 -> Names.pipeline(r);
            case 1 -> Names.integration(r);
            default -> r.pick(SCRIPTS);
        };
        int owner = estate.people().pick(r);
        boolean all = r.chance(0.15);
        int privilege = r.weighted(0.92, 0.05, 0.03);
        boolean writes = r.chance(0.6);
        int expiry = r.weighted(0.35, 0.15, 0.25, 0.25);
        Lifecycle.Usage usage = Lifecycle.usage(r);
        long lateStart = r.nextLong(400 * Timeline.DAY);
        long dormant = Lifecycle.dormantSince(r, occupant.bornAt());
        Stewardship stewardship = Stewardship.of(estate, key, occupant.bornAt());

        long granted = occupant.bornAt() >= FINE_GRAINED_FROM ? occupant.bornAt() : FINE_GRAINED_FROM + lateStart;
        long expires = -1;
        if (expiry > 0) {
            // regenerated at each expiry, until the one time nobody does
            long lifetime = new long[] {0, 30, 90, 366}[expiry] * Timeline.DAY;
            expires = granted + lifetime;
            for (int i = 0; expires < asOf && SampleRandom.keyed(time.seed(), key, RENEWAL * 1000 + i).chance(0.85);
                    i++) {
                expires += lifetime;
            }
        }
        boolean expired = expires >= 0 && expires < asOf;
        long used = Lifecycle.lastUse(time, key, usage, Math.min(dormant, expired ? expires : dormant), granted);
        if (expired && used > expires) {
            used = expires - Timeline.DAY;
        }
        int id = 3000 + slot * 8 + occupant.generation();
        int tokenId = 700_000 + slot * 8 + occupant.generation();
        String org = estate.organisation().slug();

        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeObjectFieldStart("owner");
        String login = estate.people().login(owner);
        json.writeStringField("login", login);
        json.writeNumberField("id", 580_000 + owner);
        json.writeStringField("node_id", "MDQ6VXNlcj" + (580_000 + owner));
        json.writeStringField("avatar_url", "https://avatars.githubusercontent.com/u/" + (580_000 + owner) + "?v=4");
        json.writeStringField("url", "https://api.github.com/users/" + login);
        json.writeStringField("html_url", "https://github.com/" + login);
        json.writeStringField("type", "User");
        json.writeBooleanField("site_admin", false);
        json.writeEndObject();
        json.writeStringField("repository_selection", all ? "all" : "subset");
        json.writeStringField("repositories_url", "https://api.github.com/orgs/" + org + "/personal-access-tokens/"
                + id + "/repositories");
        json.writeObjectFieldStart("permissions");
        if (privilege == 1) {
            json.writeObjectFieldStart("organization");
            json.writeStringField("administration", "write");
            json.writeStringField("members", "read");
            json.writeEndObject();
        }
        json.writeObjectFieldStart("repository");
        if (privilege == 2) {
            json.writeStringField("administration", "admin");
        }
        json.writeStringField("contents", writes ? "write" : "read");
        json.writeStringField("metadata", "read");
        if (kind == 0) {
            json.writeStringField("pull_requests", "write");
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField("access_granted_at", Times.githubTime(granted, -7));
        json.writeNumberField("token_id", tokenId);
        json.writeStringField("token_name", name);
        json.writeBooleanField("token_expired", expired);
        json.writeStringField("token_expires_at", expires < 0 ? null : Times.githubTime(expires, -7));
        json.writeStringField("token_last_used_at", used < 0 ? null : Times.githubTime(used, -7));
        json.writeEndObject();

        if (stewardship.documented()) {
            owners.accept(new OwnerRow("github-pat:" + tokenId, estate.email(owner),
                    stewardship.businessOwner() < 0 ? null : estate.email(stewardship.businessOwner()),
                    stewardship.purposeStated() ? "GitHub automation: " + name : null, Names.system(name),
                    "prod", null, null));
        }
    }
}
