package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Microsoft Entra Agent ID agent identities as {@code GET /beta/servicePrincipals/microsoft.graph.agentIdentity
 * ?$expand=sponsors,owners} returns them, pages of 100 saved back to back
 * ({@code evidence/azure/agent-identities.json}): each made from one of a few blueprints, most with a sponsor (the
 * person accountable), some with an owner and a planned end, a few switched off.
 */
final class EntraAgentIdentities implements EstatePart {

    static final long PART = 1800;
    static final String SOURCE = "entra-agent-identities";
    private static final long ATTRIBUTES = 2;
    private static final long BLUEPRINTS = 3;
    private static final long USERS = 7;
    private static final double CHURN = 0.05;
    private static final int PAGE = 100;
    private static final String LIST = "https://graph.microsoft.com/beta/servicePrincipals/microsoft.graph.agentIdentity";

    /** One agent identity: what grants need to name it, and what the list shows. */
    record Agent(String objectId, String appId, String displayName, long created, int fraction, int blueprint,
            boolean enabled, int sponsor, int owner, long expires) {
    }

    private final Estate estate;
    private final int count;

    EntraAgentIdentities(Estate estate) {
        this.estate = estate;
        this.count = estate.shape().agents();
    }

    int count() {
        return count;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/azure/agent-identities.json";
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.TWO_SPACES)) {
            for (int page = 0; page * PAGE < count; page++) {
                json.writeStartObject();
                json.writeStringField("@odata.context", "https://graph.microsoft.com/beta/$metadata#servicePrincipals"
                        + "/microsoft.graph.agentIdentity(sponsors(),owners())");
                if ((page + 1) * PAGE < count) {
                    json.writeStringField("@odata.nextLink", LIST + "?$expand=sponsors,owners&$skiptoken="
                            + SampleRandom.keyed(estate.time().seed(), PART, page).hex(24));
                }
                json.writeArrayFieldStart("value");
                for (int slot = page * PAGE; slot < Math.min(count, (page + 1) * PAGE); slot++) {
                    write(json, agent(slot));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, count, count);
    }

    Agent agent(int slot) {
        Timeline time = estate.time();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        String name = Names.agent(r) + "-" + slot + Names.generation(occupant.generation());
        long born = Math.min(Timeline.aiBirth(occupant.bornAt()), time.asOf() - Timeline.DAY);
        String objectId = r.uuid();
        String appId = r.uuid();
        int fraction = r.nextInt(10_000_000);
        int blueprint = r.nextInt(3);
        boolean enabled = r.chance(0.95);
        int sponsor = r.chance(0.85) ? estate.people().pick(r) : -1;
        int owner = r.chance(0.6) ? estate.people().pick(r) : -1;
        long expires = r.chance(0.5) ? born + (180 + r.nextInt(365)) * Timeline.DAY : -1;
        return new Agent(objectId, appId, Names.title(name), born, fraction, blueprint, enabled, sponsor, owner,
                expires);
    }

    /** The appId of blueprint {@code b}: the application every agent made from it names as its parent. */
    String blueprintAppId(int b) {
        return SampleRandom.keyed(estate.time().seed(), PART, BLUEPRINTS, b).uuid();
    }

    /** The Entra object id of person {@code person}, as sponsors and grants name people. */
    String userObjectId(int person) {
        return SampleRandom.keyed(estate.time().seed(), PART, USERS, person).uuid();
    }

    private void write(JsonGenerator json, Agent agent) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", agent.objectId());
        json.writeStringField("appId", agent.appId());
        json.writeStringField("displayName", agent.displayName());
        json.writeStringField("createdDateTime", Times.graphTime(agent.created(), agent.fraction()));
        json.writeStringField("createdByAppId", blueprintAppId(agent.blueprint()));
        json.writeStringField("agentIdentityBlueprintId", blueprintAppId(agent.blueprint()));
        json.writeBooleanField("accountEnabled", agent.enabled());
        json.writeNullField("disabledByMicrosoftStatus");
        json.writeStringField("servicePrincipalType", "ServiceIdentity");
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        if (agent.expires() >= 0) {
            json.writeObjectFieldStart("lifecycle");
            json.writeStringField("expirationDateTime", Times.iso(agent.expires()));
            json.writeEndObject();
        } else {
            json.writeNullField("lifecycle");
        }
        people(json, "sponsors", agent.sponsor() < 0 ? List.of() : List.of(agent.sponsor()));
        people(json, "owners", agent.owner() < 0 ? List.of() : List.of(agent.owner()));
        json.writeEndObject();
    }

    private void people(JsonGenerator json, String relationship, List<Integer> people) throws IOException {
        json.writeArrayFieldStart(relationship);
        for (int person : people) {
            json.writeStartObject();
            json.writeStringField("@odata.type", "#microsoft.graph.user");
            json.writeStringField("id", userObjectId(person));
            json.writeStringField("displayName", estate.people().first(person) + " " + estate.people().last(person));
            json.writeStringField("userPrincipalName", estate.email(person));
            json.writeStringField("mail", estate.email(person));
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
