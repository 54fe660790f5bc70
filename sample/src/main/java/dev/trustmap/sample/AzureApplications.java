package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Entra ID app registrations as {@code az ad app list --all} prints them ({@code evidence/azure/applications.json}:
 * one array of Graph application objects, members in Graph's order, times with seven-digit fractions), and the
 * last sign-in of each credential that has one from Graph beta's {@code /reports/appCredentialSignInActivities}
 * ({@code evidence/azure/credential-sign-ins.json}). Expired secrets stay listed until someone removes them.
 */
final class AzureApplications implements EstatePart {

    static final long PART = 300;
    static final String SOURCE = "azure-applications";
    private static final long ATTRIBUTES = 2;
    private static final long SECRETS = 3;
    private static final long CERTIFICATES = 4;
    private static final double CHURN = 0.025;
    /** Entra's "never": a secret created with the portal's longest custom end date. */
    private static final long FAR_FUTURE = java.time.LocalDate.of(2299, 12, 31).toEpochDay() * Timeline.DAY;
    private static final long[] LIFETIMES = {180, 365, 730, -1};

    private enum Kind { WORKLOAD, INTEGRATION, PIPELINE, AGENT, FEDERATED }

    private record Secret(String keyId, String hint, String displayName, long start, long end, int fraction,
            boolean certificate, String thumbprint, long lastUsed) {
    }

    /** An app registration; {@code principalId} is the object id of its service principal in the tenant. */
    record App(String objectId, String appId, long created, String displayName, String description,
            List<Secret> secrets, String principalId) {
    }

    private final Estate estate;
    private final Consumer<OwnerRow> owners;
    private final int count;

    AzureApplications(Estate estate, Consumer<OwnerRow> owners) {
        this.estate = estate;
        this.owners = owners;
        this.count = estate.shape().azure();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String appsPath = "evidence/azure/applications.json";
        long credentials = 0;
        long used = 0;
        try (JsonGenerator json = files.json(appsPath, EstateFiles.JsonStyle.TWO_SPACES)) {
            json.writeStartArray();
            for (int slot = 0; slot < count; slot++) {
                App app = app(slot, true);
                writeApp(json, app);
                credentials += app.secrets().size();
                used += app.secrets().stream().filter(s -> s.lastUsed() >= 0).count();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
        files.tally(appsPath, SOURCE, count, count);
        String signInsPath = "evidence/azure/credential-sign-ins.json";
        try (JsonGenerator json = files.json(signInsPath, EstateFiles.JsonStyle.TWO_SPACES)) {
            json.writeStartObject();
            json.writeStringField("@odata.context",
                    "https://graph.microsoft.com/beta/$metadata#reports/appCredentialSignInActivities");
            json.writeArrayFieldStart("value");
            for (int slot = 0; slot < count; slot++) {
                App app = app(slot, false);
                for (Secret secret : app.secrets()) {
                    if (secret.lastUsed() >= 0) {
                        writeSignIn(json, app, secret);
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        files.tally(signInsPath, "azure-signins", used, 0);
    }

    int count() {
        return count;
    }

    /** The app in {@code slot}, as the list shows it, without telling its owners again. */
    App listed(int slot) {
        return app(slot, false);
    }

    private App app(int slot, boolean tellOwners) {
        Timeline time = estate.time();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        Kind kind = Kind.values()[r.weighted(0.55, 0.17, 0.10, 0.10, 0.08)];
        String base = switch (kind) {
            case WORKLOAD, FEDERATED -> Names.workload(r);
            case INTEGRATION -> Names.integration(r);
            case PIPELINE -> Names.pipeline(r);
            case AGENT -> r.pick(Names.AI_DOMAINS) + "-" + (r.chance(0.5) ? "copilot" : "assistant");
        };
        long born = kind == Kind.AGENT ? Timeline.aiBirth(occupant.bornAt()) : occupant.bornAt();
        String objectId = r.uuid();
        String appId = r.uuid();
        String principalId = r.uuid();
        boolean description = r.chance(0.4);
        boolean certificate = r.chance(0.2);
        int secretCount = kind == Kind.FEDERATED ? 0 : 1;
        Lifecycle.Hygiene hygiene = Lifecycle.hygiene(r);
        String environment = r.pick(List.of("prod", "prod", "staging", "dev"));
        Stewardship stewardship = Stewardship.of(estate, key, born);

        List<Secret> secrets = new ArrayList<>();
        if (secretCount > 0) {
            chain(secrets, Stewardship.append(key, SECRETS), born, hygiene, false, base);
        }
        if (certificate) {
            chain(secrets, Stewardship.append(key, CERTIFICATES), born, hygiene, true, base);
        }
        if (tellOwners && stewardship.documented()) {
            owners.accept(new OwnerRow(appId, estate.email(stewardship.technicalOwner()),
                    stewardship.businessOwner() < 0 ? null : estate.email(stewardship.businessOwner()),
                    stewardship.purposeStated() ? "Entra app for " + Names.system(base) : null, Names.system(base),
                    environment, null, null));
        }
        return new App(objectId, appId, born, Names.title(base),
                description ? "Signs in " + Names.system(base) + " to Microsoft Graph" : null, secrets, principalId);
    }

    /**
     * A credential renewed over the years: each issue lives its lifetime, and the next is made before the end
     * (good hygiene), around it (fair) or never (neglected). Listed: the issue in force and the one before it,
     * if it is still valid or expired within the last half year.
     */
    private void chain(List<Secret> secrets, long[] key, long born, Lifecycle.Hygiene hygiene, boolean certificate,
            String base) {
        Timeline time = estate.time();
        long asOf = time.asOf();
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        long days = certificate ? (r.chance(0.5) ? 365 : 730) : LIFETIMES[r.weighted(0.25, 0.35, 0.30, 0.10)];
        long start = born + r.nextLong(2 * Timeline.DAY);
        if (start > asOf) {
            return;
        }
        Secret previous = null;
        Secret current = issue(key, 0, start, days, certificate, base, hygiene);
        for (int i = 1; ; i++) {
            SampleRandom step = SampleRandom.keyed(time.seed(), key, 1000 + i);
            double factor = switch (hygiene) {
                case GOOD -> 0.75;
                case FAIR -> 0.9 + 0.4 * step.nextDouble();
                case NEGLECTED -> Double.POSITIVE_INFINITY;
            };
            if (days < 0 || factor == Double.POSITIVE_INFINITY) {
                break;
            }
            long next = current.start() + (long) (days * Timeline.DAY * factor);
            if (next > asOf) {
                break;
            }
            previous = current;
            current = issue(key, i, next, days, certificate, base, hygiene);
        }
        if (previous != null && previous.end() > asOf - 180 * Timeline.DAY) {
            secrets.add(previous);
        }
        secrets.add(current);
    }

    private Secret issue(long[] key, int index, long start, long days, boolean certificate, String base,
            Lifecycle.Hygiene hygiene) {
        Timeline time = estate.time();
        long[] path = Stewardship.append(key, index);
        SampleRandom r = SampleRandom.keyed(time.seed(), path, ATTRIBUTES);
        String keyId = r.uuid();
        String hint = r.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 3);
        int fraction = r.nextInt(10_000_000);
        String thumbprint = r.hex(40).toUpperCase(Locale.ROOT);
        Lifecycle.Usage usage = Lifecycle.usage(r);
        long dormant = Lifecycle.dormantSince(r, start);
        long end = days < 0 ? FAR_FUTURE : start + days * Timeline.DAY;
        // an expired credential signs nothing in: its last use is before its end
        long used = Lifecycle.lastUse(time, path, usage, Math.min(dormant, end), start);
        String name = certificate ? "CN=" + base : index == 0 ? base : "rotation " + Times.date(start).substring(0, 7);
        return new Secret(keyId, hint, name, start, end, fraction, certificate, thumbprint,
                used > end ? end - r.nextLong(20 * Timeline.DAY) : used);
    }

    private void writeApp(JsonGenerator json, App app) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", app.objectId());
        json.writeNullField("deletedDateTime");
        json.writeStringField("appId", app.appId());
        json.writeNullField("applicationTemplateId");
        json.writeNullField("disabledByMicrosoftStatus");
        json.writeStringField("createdDateTime", Times.iso(app.created()));
        json.writeStringField("displayName", app.displayName());
        json.writeStringField("description", app.description());
        json.writeNullField("groupMembershipClaims");
        json.writeArrayFieldStart("identifierUris");
        json.writeEndArray();
        json.writeNullField("isFallbackPublicClient");
        json.writeNullField("notes");
        json.writeStringField("publisherDomain", estate.organisation().tenantDomain());
        json.writeStringField("signInAudience", "AzureADMyOrg");
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeNullField("tokenEncryptionKeyId");
        json.writeArrayFieldStart("keyCredentials");
        for (Secret s : app.secrets()) {
            if (s.certificate()) {
                json.writeStartObject();
                json.writeStringField("customKeyIdentifier", s.thumbprint());
                json.writeStringField("displayName", s.displayName());
                json.writeStringField("endDateTime", Times.iso(s.end()));
                json.writeNullField("key");
                json.writeStringField("keyId", s.keyId());
                json.writeStringField("startDateTime", Times.iso(s.start()));
                json.writeStringField("type", "AsymmetricX509Cert");
                json.writeStringField("usage", "Verify");
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("passwordCredentials");
        for (Secret s : app.secrets()) {
            if (!s.certificate()) {
                json.writeStartObject();
                json.writeNullField("customKeyIdentifier");
                json.writeStringField("displayName", s.displayName());
                json.writeStringField("endDateTime", Times.graphTime(s.end(), s.fraction()));
                json.writeStringField("hint", s.hint());
                json.writeStringField("keyId", s.keyId());
                json.writeNullField("secretText");
                json.writeStringField("startDateTime", Times.graphTime(s.start(), s.fraction()));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeSignIn(JsonGenerator json, App app, Secret secret) throws IOException {
        SampleRandom r = SampleRandom.keyed(estate.time().seed(), PART, secret.lastUsed(), secret.fraction());
        json.writeStartObject();
        json.writeStringField("appId", app.appId());
        json.writeStringField("appObjectId", app.objectId());
        json.writeStringField("credentialOrigin", "application");
        json.writeStringField("expirationDateTime", Times.iso(secret.end()));
        json.writeStringField("id", Base64.getEncoder().encodeToString((secret.keyId() + "|application")
                .getBytes(StandardCharsets.UTF_8)));
        json.writeStringField("keyId", secret.keyId());
        json.writeStringField("keyType", secret.certificate() ? "certificate" : "clientSecret");
        json.writeStringField("keyUsage", secret.certificate() ? "verify" : "sign");
        json.writeStringField("resourceId", "00000003-0000-0000-c000-000000000000");
        json.writeStringField("servicePrincipalObjectId", app.principalId());
        json.writeObjectFieldStart("signInActivity");
        json.writeStringField("lastSignInDateTime", Times.iso(secret.lastUsed()));
        json.writeStringField("lastSignInRequestId", r.uuid());
        json.writeEndObject();
        json.writeEndObject();
    }
}
