package dev.trustmap.evidence.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** One element of GET /repos/{owner}/{repo}/keys: an SSH key with access to one repository. */
final class DeployKeys {

    private static final Pattern REPO = Pattern.compile("/repos/([^/]+/[^/]+)/keys/");

    private DeployKeys() {
    }

    static Identity read(JsonNode key, Origin origin) {
        String id = GitHubJson.required(key, "id", "deploy key");
        JsonNode enabled = key.get("enabled");
        JsonNode readOnly = key.get("read_only");
        Credential credential = new Credential(id, CredentialKind.SSH_KEY, ManagedBy.USER,
                enabled == null || !enabled.isBoolean() || enabled.booleanValue(),
                GitHubJson.time(key, "created_at"), null, GitHubJson.time(key, "last_used"), null, null,
                fingerprint(JsonInput.text(key, "key")), List.of(), origin);
        Identity.Builder identity = Identity.builder("github-deploy-key:" + id)
                .name(JsonInput.text(key, "title"))
                .platform(GitHubJson.PLATFORM)
                .account(GitHubJson.fromUrl(key, "url", REPO))
                .actorClass(ActorClass.PIPELINE)
                .actorClassReason("repository deploy key")
                .technicalOwner(JsonInput.text(key, "added_by"))
                .addCredential(credential);
        if (readOnly != null && readOnly.isBoolean()) {
            identity.scopes(List.of(readOnly.booleanValue() ? "repo:read" : "repo:write")).privileged(false);
        }
        return identity.build();
    }

    // The same public key with or without a trailing comment fingerprints the same: keep "type base64" only. A
    // public key is no secret, so its fingerprint is a plain digest, like a certificate's.
    private static String fingerprint(String publicKey) {
        if (publicKey == null) {
            return null;
        }
        String[] parts = publicKey.strip().split("\\s+");
        String key = parts.length >= 2 ? parts[0] + " " + parts[1] : parts[0];
        return "sha256:" + Fingerprints.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
