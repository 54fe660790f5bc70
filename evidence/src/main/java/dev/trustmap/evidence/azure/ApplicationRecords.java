package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns application and service-principal objects into identities keyed by appId, with their credentials. */
final class ApplicationRecords implements JsonRecords.Listener {

    private final EvidenceFile file;
    private final ImportSink sink;
    private final Set<String> homeTenants;

    ApplicationRecords(EvidenceFile file, ImportSink sink, Set<String> homeTenants) {
        this.file = file;
        this.sink = sink;
        this.homeTenants = homeTenants;
    }

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        try {
            if (!node.isObject()) {
                throw Graph.bad(file, at, "expected an application or service principal object, found "
                        + node.getNodeType() + ".", null);
            }
            String appId = Graph.text(node, "appId");
            if (appId == null) {
                throw Graph.bad(file, at, "the object has no appId, so it cannot be named.",
                        "Export with az ad app list / az ad sp list, or keep appId in the Graph $select.");
            }
            sink.identity(identity(node, appId, at));
            String objectId = Graph.text(node, "id");
            if (objectId != null && HomeTenants.servicePrincipal(node)) {
                // grants name their client by this object id, not by the appId the identity is known by
                sink.alias(Graph.servicePrincipalKey(objectId), appId);
            } else if (objectId != null) {
                // Prowler names an app registration by its application object id
                sink.alias(EntraAliases.application(objectId), appId);
            }
        } catch (BadRecord e) {
            sink.badRow(e.problem());
        }
    }

    @Override
    public void envelope(ObjectNode members, JsonRecords.At at) {
        Graph.warnIfPaged(sink, file, members, at, "objects",
                "Use az ad app list --all / az ad sp list --all, or follow @odata.nextLink and import every page.");
    }

    private Identity identity(JsonNode node, String appId, JsonRecords.At at) {
        boolean principal = HomeTenants.servicePrincipal(node);
        boolean managed = principal && "ManagedIdentity".equals(Graph.text(node, "servicePrincipalType"));
        String name = Graph.text(node, "displayName") != null ? Graph.text(node, "displayName")
                : Graph.text(node, "appDisplayName");
        String owner = Graph.text(node, "appOwnerOrganizationId");
        ActorClassInference.Guess guess = actorClass(name, principal, managed, owner);
        Identity.Builder identity = Identity.builder(appId)
                .name(name)
                .platform(Graph.PLATFORM)
                .account(owner != null ? owner : Graph.text(node, "publisherDomain"))
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason())
                .purpose(Graph.text(node, "description"))
                .status(Graph.status(node));
        if (AgentIdentities.isAgent(node)) {
            // an agent identity listed among the service principals reads as the Agent ID list reads it
            AgentIdentities.applyTo(identity, node, file, at);
        }
        ManagedBy keyManager = managed ? ManagedBy.PLATFORM : ManagedBy.USER;
        credentials(node, appId, "passwordCredentials", at, this::password).forEach(identity::addCredential);
        credentials(node, appId, "keyCredentials", at, (c, id, where) -> key(c, id, where, keyManager))
                .forEach(identity::addCredential);
        credentials(node, appId, "federatedIdentityCredentials", at, this::federated).forEach(identity::addCredential);
        if (managed) {
            // Azure issues and rotates a managed identity's credential itself; nothing is stored to leak.
            identity.addCredential(new Credential(appId + "#managed_identity", CredentialKind.FEDERATED,
                    ManagedBy.PLATFORM, true, null, null, null, null, null, null, List.of(),
                    new Origin(file.name(), at.origin())));
        }
        return identity.build();
    }

    private ActorClassInference.Guess actorClass(String name, boolean principal, boolean managed, String owner) {
        if (managed) {
            return ActorClassInference.fromNameOr(name, ActorClass.WORKLOAD, "Azure managed identity");
        }
        if (principal && owner != null && HomeTenants.MICROSOFT.contains(owner)) {
            return new ActorClassInference.Guess(ActorClass.THIRD_PARTY,
                    "Microsoft first-party application (owner tenant " + owner + ")");
        }
        if (principal && owner != null && !homeTenants.isEmpty() && !homeTenants.contains(owner)) {
            return new ActorClassInference.Guess(ActorClass.THIRD_PARTY,
                    "application owned by another tenant (" + owner + ")");
        }
        return ActorClassInference.fromNameOr(name, ActorClass.WORKLOAD, "Entra application");
    }

    /** Reads one credential; {@code fallbackId} names it when it carries no id of its own. */
    private interface CredentialReader {
        Credential read(JsonNode credential, String fallbackId, JsonRecords.At at);
    }

    private List<Credential> credentials(JsonNode node, String appId, String field, JsonRecords.At at,
            CredentialReader reader) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw Graph.bad(file, at.child("/" + field), "expected " + field + " to be an array, found "
                    + list.getNodeType() + ".", null);
        }
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonRecords.At where = at.child("/" + field + "/" + i);
            if (!list.get(i).isObject()) {
                throw Graph.bad(file, where, "expected a credential object, found " + list.get(i).getNodeType() + ".",
                        null);
            }
            credentials.add(reader.read(list.get(i), appId + "#" + field + "_" + i, where));
        }
        return credentials;
    }

    /** A client secret. secretText is the secret itself (null when listed; set in an addPassword response). */
    private Credential password(JsonNode c, String fallbackId, JsonRecords.At at) {
        return new Credential(keyId(c, fallbackId), CredentialKind.CLIENT_SECRET, ManagedBy.USER, true,
                Graph.time(file, c, "startDateTime", at), null, null, Graph.time(file, c, "endDateTime", at), null,
                Fingerprints.ofSecret(Graph.text(c, "secretText")), List.of(), new Origin(file.name(), at.origin()));
    }

    /** A certificate, or a symmetric key whose {@code key} is a secret. */
    private Credential key(JsonNode c, String fallbackId, JsonRecords.At at, ManagedBy managedBy) {
        String type = Graph.text(c, "type");
        boolean symmetric = "Symmetric".equals(type);
        if (type != null && !symmetric && !type.equals("AsymmetricX509Cert") && !type.equals("X509CertAndPassword")) {
            sink.warning(new InputProblem(file.name(), at.where(), "unknown key credential type '" + type
                    + "'; read as a certificate.", null));
        }
        return new Credential(keyId(c, fallbackId),
                symmetric ? CredentialKind.CLIENT_SECRET : CredentialKind.CERTIFICATE,
                managedBy, true, Graph.time(file, c, "startDateTime", at), null, null,
                Graph.time(file, c, "endDateTime", at), null,
                symmetric ? Fingerprints.ofSecret(Graph.text(c, "key")) : null, List.of(),
                new Origin(file.name(), at.origin()));
    }

    /** A federated identity credential ($expand=federatedIdentityCredentials): trust in another issuer's tokens. */
    private Credential federated(JsonNode c, String fallbackId, JsonRecords.At at) {
        String id = Graph.text(c, "id") != null ? Graph.text(c, "id") : fallbackId;
        return new Credential(id, CredentialKind.FEDERATED, ManagedBy.PLATFORM, true, null, null, null, null, null,
                null, List.of(), new Origin(file.name(), at.origin()));
    }

    private static String keyId(JsonNode c, String fallbackId) {
        String keyId = Graph.text(c, "keyId");
        return keyId != null ? keyId : fallbackId;
    }
}
