package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Key Vault secrets as the REST API lists them ({@code GET https://VAULT.vault.azure.net/secrets?api-version=7.4},
 * what {@code az keyvault secret list} calls), one vault's pages of 25 saved back to back
 * ({@code evidence/azure/key-vault-secrets.json}): epoch seconds, {@code nextLink} on every page but the last. The
 * first secret has no expiry; most others expire a year or two after their last update.
 */
final class KeyVaultSecrets implements EstatePart {

    static final long PART = 1400;
    static final String SOURCE = "azure-keyvault";
    private static final long ATTRIBUTES = 2;
    private static final double CHURN = 0.03;
    private static final int PAGE = 25;
    private static final List<String> KINDS = List.of("api-key", "connection-string", "client-secret", "sas-token");

    private final Estate estate;
    private final int count;

    KeyVaultSecrets(Estate estate) {
        this.estate = estate;
        this.count = estate.shape().keyVault();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/azure/key-vault-secrets.json";
        String vault = "https://" + estate.organisation().slug() + "-prod-kv.vault.azure.net";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            for (int page = 0; page * PAGE < count; page++) {
                json.writeStartObject();
                json.writeArrayFieldStart("value");
                for (int slot = page * PAGE; slot < Math.min(count, (page + 1) * PAGE); slot++) {
                    secret(json, vault, slot);
                }
                json.writeEndArray();
                json.writeStringField("nextLink", (page + 1) * PAGE < count ? vault + "/secrets?api-version=7.4"
                        + "&$skiptoken=" + SampleRandom.keyed(estate.time().seed(), PART, page).hex(32) : null);
                json.writeEndObject();
            }
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, count, count);
    }

    private void secret(JsonGenerator json, String vault, int slot) throws IOException {
        Timeline time = estate.time();
        long asOf = time.asOf();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        String name = Names.workload(r) + "-" + r.pick(KINDS) + "-" + slot + Names.generation(occupant.generation());
        long created = Math.min(occupant.bornAt(), asOf - Timeline.DAY);
        long updated = Math.max(created, asOf - r.nextLong(500 * Timeline.DAY));
        boolean expires = slot > 0 && r.chance(0.8);
        long exp = updated + (r.chance(0.5) ? 365 : 730) * Timeline.DAY;
        boolean enabled = r.chance(0.95);
        boolean tagged = r.chance(0.6);
        int owner = estate.people().pick(r);

        json.writeStartObject();
        json.writeStringField("id", vault + "/secrets/" + name);
        json.writeObjectFieldStart("attributes");
        json.writeBooleanField("enabled", enabled);
        if (expires) {
            json.writeNumberField("exp", exp);
        }
        json.writeNumberField("created", created);
        json.writeNumberField("updated", updated);
        json.writeStringField("recoveryLevel", "Recoverable+Purgeable");
        json.writeNumberField("recoverableDays", 90);
        json.writeEndObject();
        if (tagged) {
            json.writeObjectFieldStart("tags");
            json.writeStringField("owner", estate.email(owner));
            json.writeStringField("environment", "prod");
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
