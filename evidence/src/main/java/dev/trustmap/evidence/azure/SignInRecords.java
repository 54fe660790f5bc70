package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Origin;
import java.time.Instant;
import java.util.List;

/** Turns sign-in activity records into enrichments: an appId's last sign-in, or a keyId's last use and expiry. */
final class SignInRecords implements JsonRecords.Listener {

    /** The service-principal report's overall activity and its four per-flow activities. */
    private static final List<String> ACTIVITIES = List.of("lastSignInActivity", "delegatedClientSignInActivity",
            "delegatedResourceSignInActivity", "applicationAuthenticationClientSignInActivity",
            "applicationAuthenticationResourceSignInActivity");

    private final EvidenceFile file;
    private final ImportSink sink;

    SignInRecords(EvidenceFile file, ImportSink sink) {
        this.file = file;
        this.sink = sink;
    }

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        try {
            if (!node.isObject()) {
                throw Graph.bad(file, at, "expected a sign-in activity object, found " + node.getNodeType() + ".",
                        null);
            }
            String appId = Graph.text(node, "appId");
            if (appId == null) {
                throw Graph.bad(file, at, "the sign-in activity has no appId, so it joins no application.", null);
            }
            if (node.has("keyId")) {
                credentialActivity(node, appId, at);
            } else if (ACTIVITIES.stream().anyMatch(node::has)) {
                principalActivity(node, appId, at);
            } else {
                throw Graph.bad(file, at, "expected a servicePrincipalSignInActivity (lastSignInActivity) or an "
                        + "appCredentialSignInActivity (keyId, signInActivity); this object is neither.", null);
            }
        } catch (BadRecord e) {
            sink.badRow(e.problem());
        }
    }

    @Override
    public void envelope(ObjectNode members, JsonRecords.At at) {
        Graph.warnIfPaged(sink, file, members, at, "activity records",
                "Follow @odata.nextLink and import every page.");
    }

    /**
     * The latest of the overall and per-flow sign-ins. lastSignInActivity is documented as the latest of the flows,
     * but Microsoft's own example shows a flow later than it, so the latest of all is taken.
     */
    private void principalActivity(JsonNode node, String appId, JsonRecords.At at) {
        Instant last = null;
        for (String activity : ACTIVITIES) {
            JsonNode flow = node.get(activity);
            if (flow != null && flow.isObject()) {
                Instant time = Graph.time(file, flow, "lastSignInDateTime", at.child("/" + activity));
                if (time != null && (last == null || time.isAfter(last))) {
                    last = time;
                }
            }
        }
        if (last != null) {
            sink.enrichment(Identity.builder(appId).platform(Graph.PLATFORM).lastUsedAt(last).build());
        }
    }

    /** One credential's last sign-in; expirationDate in Microsoft's examples, expirationDateTime in the schema. */
    private void credentialActivity(JsonNode node, String appId, JsonRecords.At at) {
        String keyId = Graph.text(node, "keyId");
        if (keyId == null) {
            throw Graph.bad(file, at.child("/keyId"), "the credential activity has an empty keyId.", null);
        }
        Instant expires = Graph.time(file, node, "expirationDateTime", at);
        if (expires == null) {
            expires = Graph.time(file, node, "expirationDate", at);
        }
        JsonNode signIn = node.path("signInActivity");
        Instant lastUsed = signIn.isObject()
                ? Graph.time(file, signIn, "lastSignInDateTime", at.child("/signInActivity")) : null;
        Credential credential = new Credential(keyId, kind(Graph.text(node, "keyType")), null, null, null, null,
                lastUsed, expires, null, null, List.of(), new Origin(file.name(), at.origin()));
        sink.enrichment(Identity.builder(appId).platform(Graph.PLATFORM).addCredential(credential).build());
    }

    private static CredentialKind kind(String keyType) {
        if ("clientSecret".equalsIgnoreCase(keyType)) {
            return CredentialKind.CLIENT_SECRET;
        }
        return "certificate".equalsIgnoreCase(keyType) ? CredentialKind.CERTIFICATE : null;
    }
}
