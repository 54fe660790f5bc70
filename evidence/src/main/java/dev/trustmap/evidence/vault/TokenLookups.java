package dev.trustmap.evidence.vault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code data} of a token lookup: one token, its policies and lifetime. */
final class TokenLookups {

    /** Auth methods people log in with; a token from one of them is a person's unless its names say otherwise. */
    private static final List<String> HUMAN_METHODS = List.of("ldap", "oidc", "okta", "radius", "github");

    private TokenLookups() {
    }

    static Identity read(JsonNode data, Origin origin) {
        // data.id is the token itself: only its fingerprint is kept.
        String fingerprint = Fingerprints.ofSecret(JsonInput.text(data, "id"));
        // Batch tokens have no accessor; the fingerprint is then the only stable name.
        String accessor = JsonInput.text(data, "accessor");
        String key = accessor != null ? accessor : fingerprint;
        if (key == null) {
            throw new BadLookup("a token lookup with neither an accessor nor a token id.",
                    "Export with vault token lookup -format=json (or -accessor) and do not edit the output.");
        }
        Set<String> policies = new LinkedHashSet<>();
        data.path("policies").forEach(p -> policies.add(p.asText()));
        data.path("identity_policies").forEach(p -> policies.add(p.asText()));
        boolean root = policies.contains("root");
        Long ttl = VaultJson.seconds(data, "ttl");
        Long creationTtl = VaultJson.seconds(data, "creation_ttl");
        Instant expires = VaultJson.time(data, "expire_time");
        // Root tokens (and any created with no TTL) show expire_time null and ttl 0: they never expire.
        boolean neverExpires = expires == null && (root || Long.valueOf(0).equals(ttl));
        Credential token = new Credential(key,
                neverExpires ? CredentialKind.SERVICE_ACCOUNT_TOKEN : CredentialKind.OAUTH_TOKEN, ManagedBy.USER,
                true, created(data), null, null, expires, creationTtl == null || creationTtl <= 0 ? null : creationTtl,
                fingerprint, List.of(), origin);
        String displayName = JsonInput.text(data, "display_name");
        ActorClassInference.Guess guess = actorClass(displayName, data.path("meta"), JsonInput.text(data, "path"));
        return Identity.builder("vault-token:" + key)
                .name(displayName)
                .platform(VaultJson.PLATFORM)
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason())
                .scopes(List.copyOf(policies))
                .privileged(root ? Boolean.TRUE : null)
                .privilegeReason(root ? "root policy" : null)
                .addCredential(token)
                .build();
    }

    private static Instant created(JsonNode data) {
        Long epoch = VaultJson.seconds(data, "creation_time");
        Instant created = epoch == null ? null : Timestamps.fromEpochSeconds(epoch);
        return created != null ? created : VaultJson.time(data, "issue_time");
    }

    /**
     * From the display name (without the auth mount's prefix Vault puts on it: "ldap2-tesla", "token-ci-deploy"),
     * then the metadata (AppRole's role_name, Kubernetes' service_account_name), then the auth method.
     */
    static ActorClassInference.Guess actorClass(String displayName, JsonNode meta, String path) {
        String mount = mount(path);
        String name = displayName;
        if (name != null && mount != null && name.startsWith(mount + "-")) {
            name = name.substring(mount.length() + 1);
        }
        var fromName = ActorClassInference.fromName(name);
        if (fromName.isPresent()) {
            return new ActorClassInference.Guess(fromName.get().actorClass(), "display " + fromName.get().reason());
        }
        for (Map.Entry<String, JsonNode> entry : meta.properties()) {
            var fromMeta = ActorClassInference.fromName(entry.getValue().asText());
            if (fromMeta.isPresent()) {
                return new ActorClassInference.Guess(fromMeta.get().actorClass(),
                        "meta " + entry.getKey() + ": " + fromMeta.get().reason());
            }
        }
        if (mount != null) {
            String method = mount.toLowerCase(Locale.ROOT);
            if (method.startsWith("approle")) {
                return new ActorClassInference.Guess(ActorClass.PIPELINE,
                        "logged in through AppRole (auth/" + mount + "/), which machines use");
            }
            if (method.startsWith("kubernetes")) {
                return new ActorClassInference.Guess(ActorClass.WORKLOAD,
                        "logged in through Kubernetes auth (auth/" + mount + "/)");
            }
            for (String human : HUMAN_METHODS) {
                if (method.startsWith(human)) {
                    return new ActorClassInference.Guess(ActorClass.HUMAN,
                            "logged in through " + human + " auth (auth/" + mount + "/), which people use");
                }
            }
        }
        return new ActorClassInference.Guess(ActorClass.WORKLOAD, "Vault token");
    }

    /** The auth mount a token came from: "ldap2" for auth/ldap2/login/tesla, "token" for auth/token/create. */
    private static String mount(String path) {
        if (path == null || !path.startsWith("auth/")) {
            return null;
        }
        String rest = path.substring("auth/".length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }
}
