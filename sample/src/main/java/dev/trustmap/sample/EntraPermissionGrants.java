package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Delegated permission grants as {@code GET /v1.0/oauth2PermissionGrants} returns them
 * ({@code evidence/azure/permission-grants.json}), with {@code az ad sp list --all} for the apps they name
 * ({@code evidence/azure/service-principals.json}): grants name their client by its service principal's object id,
 * which only that list ties to the app's appId. The first app holds a tenant-wide admin consent to Microsoft Graph's
 * {@code Directory.ReadWrite.All}; one app in five and one agent in three hold grants, admin or user consent.
 */
final class EntraPermissionGrants implements EstatePart {

    static final long PART = 1810;
    static final String SOURCE = "entra-permission-grants";
    private static final long GRAPH = 1;
    private static final long TENANT = 2;
    private static final List<String> USER_SCOPES = List.of("openid profile offline_access User.Read",
            "User.Read Calendars.Read", "User.Read Files.Read", "User.Read Mail.Read Mail.Send");
    private static final List<String> ADMIN_SCOPES = List.of("User.Read.All Group.Read.All",
            "Sites.Read.All", "User.Read Mail.ReadWrite", "openid profile User.Read");

    /** One grant: the client's service-principal object id, admin or one person's consent, the scopes. */
    private record Grant(String clientId, boolean everyone, int person, String scope, long key) {
    }

    private final Estate estate;
    private final AzureApplications apps;
    private final EntraAgentIdentities agents;

    EntraPermissionGrants(Estate estate, AzureApplications apps, EntraAgentIdentities agents) {
        this.estate = estate;
        this.apps = apps;
        this.agents = agents;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        List<AzureApplications.App> granted = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        for (int slot = 0; slot < apps.count(); slot += 5) {
            AzureApplications.App app = apps.listed(slot);
            granted.add(app);
            SampleRandom r = estate.time().random(PART, slot);
            if (slot == 0) {
                grants.add(new Grant(app.principalId(), true, -1, "openid profile User.Read Directory.ReadWrite.All",
                        slot));
            } else if (r.chance(0.3)) {
                grants.add(new Grant(app.principalId(), true, -1, r.pick(ADMIN_SCOPES), slot));
            }
            grants.add(new Grant(app.principalId(), false, estate.people().pick(r), r.pick(USER_SCOPES), slot));
        }
        for (int slot = 0; slot < agents.count(); slot += 3) {
            SampleRandom r = estate.time().random(PART, GRAPH, slot);
            boolean everyone = r.chance(0.5);
            grants.add(new Grant(agents.agent(slot).objectId(), everyone, everyone ? -1 : estate.people().pick(r),
                    everyone ? r.pick(ADMIN_SCOPES) : r.pick(USER_SCOPES), 100_000L + slot));
        }
        writePrincipals(files, granted);
        writeGrants(files, grants);
    }

    private void writePrincipals(EstateFiles files, List<AzureApplications.App> granted) throws IOException {
        String path = "evidence/azure/service-principals.json";
        String tenant = SampleRandom.keyed(estate.time().seed(), PART, TENANT).uuid();
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            json.writeStartArray();
            for (AzureApplications.App app : granted) {
                json.writeStartObject();
                json.writeBooleanField("accountEnabled", true);
                json.writeStringField("appDisplayName", app.displayName());
                json.writeStringField("appId", app.appId());
                json.writeStringField("appOwnerOrganizationId", tenant);
                json.writeStringField("displayName", app.displayName());
                json.writeStringField("id", app.principalId());
                json.writeArrayFieldStart("keyCredentials");
                json.writeEndArray();
                json.writeArrayFieldStart("passwordCredentials");
                json.writeEndArray();
                json.writeArrayFieldStart("servicePrincipalNames");
                json.writeString(app.appId());
                json.writeEndArray();
                json.writeStringField("servicePrincipalType", "Application");
                json.writeStringField("signInAudience", "AzureADMyOrg");
                json.writeArrayFieldStart("tags");
                json.writeString("WindowsAzureActiveDirectoryIntegratedApp");
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
        // the apps' own list counts them; this list only ties their object ids to their appIds
        files.tally(path, AzureApplications.SOURCE, granted.size(), 0);
    }

    private void writeGrants(EstateFiles files, List<Grant> grants) throws IOException {
        String path = "evidence/azure/permission-grants.json";
        String graph = SampleRandom.keyed(estate.time().seed(), PART, GRAPH).uuid();
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            json.writeStartObject();
            json.writeStringField("@odata.context",
                    "https://graph.microsoft.com/v1.0/$metadata#oauth2PermissionGrants");
            json.writeArrayFieldStart("value");
            for (Grant grant : grants) {
                SampleRandom r = estate.time().random(PART, 3, grant.key(), grant.everyone() ? 1 : 0);
                json.writeStartObject();
                json.writeStringField("clientId", grant.clientId());
                json.writeStringField("consentType", grant.everyone() ? "AllPrincipals" : "Principal");
                json.writeStringField("id", r.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                        43));
                json.writeStringField("principalId", grant.everyone() ? null : agents.userObjectId(grant.person()));
                json.writeStringField("resourceId", graph);
                json.writeStringField("scope", grant.scope());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, grants.size(), 0);
    }
}
