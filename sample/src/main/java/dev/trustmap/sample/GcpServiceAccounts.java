package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * Service accounts and their keys as a shell loop over projects and accounts prints them with gcloud and
 * {@code --format=json}: {@code evidence/gcp/service-accounts.json} (one array per project, back to back) and
 * {@code evidence/gcp/keys.json} (one array per account, {@code []} for an account without keys). gcloud sorts
 * members, writes {@code disabled} only when true and {@code 9999-12-31T23:59:59Z} for a key that never expires.
 * Each project has its Compute Engine default account. There is no last use: gcloud keys list does not say.
 */
final class GcpServiceAccounts implements EstatePart {

    static final long PART = 200;
    static final String SOURCE = "gcp-service-accounts";
    private static final long PROJECT = 1;
    private static final long ATTRIBUTES = 2;
    private static final long SYSTEM_KEY = 3;
    private static final double CHURN = 0.03;
    private static final int MAX_ACCOUNT_ID = 30;
    private static final List<String> PROJECT_LABELS = List.of("prod", "staging", "data", "ml", "shared", "dev",
            "analytics", "payments", "edge", "sandbox");
    private static final List<String> PROJECT_ENVIRONMENTS = List.of("prod", "staging", "prod", "prod", "prod",
            "dev", "prod", "prod", "prod", "dev");
    private static final String NEVER = "9999-12-31T23:59:59Z";

    private enum Kind { WORKLOAD, PIPELINE, INTEGRATION, AGENT }

    private record Key(String id, boolean system, long validAfter, long validBefore, boolean disabled) {
    }

    private record Account(String email, String name, String displayName, String description, String uniqueId,
            String etag, int project, boolean disabled, List<Key> keys, OwnerRow owner) {
    }

    private final Estate estate;
    private final Consumer<OwnerRow> owners;
    private final Consumer<String> emails;
    private final int count;
    private final int projects;

    /** @param emails told every account's email, for agents that execute as one */
    GcpServiceAccounts(Estate estate, Consumer<OwnerRow> owners, Consumer<String> emails) {
        this.estate = estate;
        this.owners = owners;
        this.emails = emails;
        this.count = estate.shape().gcp();
        this.projects = Math.max(1, Math.min(PROJECT_LABELS.size(), (count + 299) / 300));
    }

    private String projectId(int p) {
        SampleRandom r = estate.time().random(PART, PROJECT, p);
        return estate.organisation().slug() + "-" + PROJECT_LABELS.get(p) + "-" + (1000 + r.nextInt(9000));
    }

    private String projectNumber(int p) {
        SampleRandom r = estate.time().random(PART, PROJECT, p, 1);
        return Long.toString(100_000_000_000L + r.nextLong(899_999_999_999L));
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String accountsPath = "evidence/gcp/service-accounts.json";
        try (JsonGenerator json = files.json(accountsPath, EstateFiles.JsonStyle.TWO_SPACES)) {
            for (int p = 0; p < projects; p++) {
                json.writeStartArray();
                for (int slot = p; slot < count; slot += projects) {
                    Account account = account(slot);
                    writeAccount(json, account);
                    emails.accept(account.email());
                    if (account.owner() != null) {
                        owners.accept(account.owner());
                    }
                }
                json.writeEndArray();
            }
            json.writeRaw('\n');
        }
        files.tally(accountsPath, SOURCE, count, count);
        String keysPath = "evidence/gcp/keys.json";
        long keys = 0;
        try (JsonGenerator json = files.json(keysPath, EstateFiles.JsonStyle.TWO_SPACES)) {
            for (int p = 0; p < projects; p++) {
                String project = projectId(p);
                for (int slot = p; slot < count; slot += projects) {
                    Account account = account(slot);
                    json.writeStartArray();
                    for (Key key : account.keys()) {
                        writeKey(json, project, account.email(), key);
                        keys++;
                    }
                    json.writeEndArray();
                }
            }
            json.writeRaw('\n');
        }
        files.tally(keysPath, SOURCE, keys, 0);
    }

    private Account account(int slot) {
        Timeline time = estate.time();
        int p = slot % projects;
        String project = projectId(p);
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        boolean computeDefault = slot < projects;
        Kind kind = Kind.values()[r.weighted(0.62, 0.15, 0.13, 0.10)];
        String base = switch (kind) {
            case WORKLOAD -> Names.workload(r);
            case PIPELINE -> Names.pipeline(r);
            case INTEGRATION -> Names.integration(r);
            case AGENT -> Names.agent(r);
        };
        long born = kind == Kind.AGENT && !computeDefault ? Timeline.aiBirth(occupant.bornAt()) : occupant.bornAt();
        String suffix = "-" + slot + Names.generation(occupant.generation());
        String accountId = base.substring(0, Math.min(base.length(), MAX_ACCOUNT_ID - suffix.length())) + suffix;
        boolean displayName = r.chance(0.7);
        boolean description = r.chance(0.5);
        String uniqueId = "1" + r.text("0123456789", 20);
        byte[] etag = new byte[8];
        r.fill(etag);
        boolean disabled = r.chance(0.05);
        int userKeys = computeDefault ? 0 : r.weighted(0.40, 0.45, 0.15);
        int systemKeys = r.weighted(0.45, 0.45, 0.10);
        Lifecycle.Hygiene hygiene = Lifecycle.hygiene(r);
        Stewardship stewardship = Stewardship.of(estate, key, born);

        String email = computeDefault ? projectNumber(p) + "-compute@developer.gserviceaccount.com"
                : accountId + "@" + project + ".iam.gserviceaccount.com";
        List<Key> keys = new java.util.ArrayList<>();
        long asOf = time.asOf();
        for (int k = 0; k < userKeys; k++) {
            long[] keyPath = Stewardship.append(key, k);
            SampleRandom kr = SampleRandom.keyed(time.seed(), keyPath, ATTRIBUTES);
            long created = born + kr.nextLong(k == 0 ? 3 * Timeline.DAY : 400 * Timeline.DAY);
            boolean expires = kr.chance(0.25);
            long lifetime = (kr.chance(0.5) ? 90 : 365) * Timeline.DAY;
            boolean keyDisabled = kr.chance(0.1);
            if (created > asOf) {
                continue;
            }
            long issued = Lifecycle.issuedAt(time, keyPath, created, hygiene);
            String id = SampleRandom.keyed(time.seed(), keyPath, Timeline.quarterOf(issued)).hex(40);
            keys.add(new Key(id, false, issued, expires ? issued + lifetime : -1, keyDisabled));
        }
        for (int k = 0; k < systemKeys; k++) {
            // Google rotates its own keys every few weeks: the listing shows recent ones only
            SampleRandom kr = SampleRandom.keyed(time.seed(), key,
                    (SYSTEM_KEY * 1000 + k) * 100_000 + time.period().index());
            long validAfter = Math.max(born, asOf - kr.nextLong(14 * Timeline.DAY));
            keys.add(new Key(kr.hex(40), true, validAfter, validAfter + 730 * Timeline.DAY, false));
        }
        OwnerRow owner = !stewardship.documented() ? null : new OwnerRow(email,
                estate.email(stewardship.technicalOwner()),
                stewardship.businessOwner() < 0 ? null : estate.email(stewardship.businessOwner()),
                stewardship.purposeStated() ? (computeDefault ? "Default account of " + project : "Runs " + base)
                        : null,
                computeDefault ? project : Names.system(base), PROJECT_ENVIRONMENTS.get(p), null, null);
        return new Account(email, accountId, computeDefault ? "Compute Engine default service account"
                : displayName ? Names.title(base) : null, computeDefault || !description ? null
                : "Used by " + Names.system(base), uniqueId, Base64.getEncoder().encodeToString(etag), p,
                disabled && !computeDefault, keys, owner);
    }

    // gcloud sorts the members of each object
    private void writeAccount(JsonGenerator json, Account account) throws IOException {
        String project = projectId(account.project());
        json.writeStartObject();
        if (account.description() != null) {
            json.writeStringField("description", account.description());
        }
        if (account.disabled()) {
            json.writeBooleanField("disabled", true);
        }
        if (account.displayName() != null) {
            json.writeStringField("displayName", account.displayName());
        }
        json.writeStringField("email", account.email());
        json.writeStringField("etag", account.etag());
        json.writeStringField("name", "projects/" + project + "/serviceAccounts/" + account.email());
        json.writeStringField("oauth2ClientId", account.uniqueId());
        json.writeStringField("projectId", project);
        json.writeStringField("uniqueId", account.uniqueId());
        json.writeEndObject();
    }

    private static void writeKey(JsonGenerator json, String project, String email, Key key) throws IOException {
        json.writeStartObject();
        if (key.disabled()) {
            json.writeBooleanField("disabled", true);
        }
        json.writeStringField("keyAlgorithm", "KEY_ALG_RSA_2048");
        json.writeStringField("keyOrigin", "GOOGLE_PROVIDED");
        json.writeStringField("keyType", key.system() ? "SYSTEM_MANAGED" : "USER_MANAGED");
        json.writeStringField("name", "projects/" + project + "/serviceAccounts/" + email + "/keys/" + key.id());
        json.writeStringField("validAfterTime", Times.iso(key.validAfter()));
        json.writeStringField("validBeforeTime", key.validBefore() < 0 ? NEVER : Times.iso(key.validBefore()));
        json.writeEndObject();
    }
}
