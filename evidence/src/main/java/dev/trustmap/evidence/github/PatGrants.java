package dev.trustmap.evidence.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One element of GET /orgs/{org}/personal-access-tokens: a fine-grained token with access to the org. */
final class PatGrants {

    // The docs' example links /organizations/<numeric id>/..., which names no org login: then the org stays unknown.
    private static final Pattern ORG = Pattern.compile("/orgs/([^/]+)/");

    private PatGrants() {
    }

    static Identity read(JsonNode grant, Origin origin) {
        String tokenId = GitHubJson.required(grant, "token_id", "personal access token grant");
        String name = JsonInput.text(grant, "token_name");
        ActorClassInference.Guess guess = ActorClassInference.fromNameOr(name, ActorClass.INTEGRATION,
                "fine-grained personal access token");
        List<String> scopes = new ArrayList<>();
        String privilege = null;
        for (Map.Entry<String, JsonNode> group : grant.path("permissions").properties()) {
            for (Map.Entry<String, JsonNode> permission : group.getValue().properties()) {
                String level = permission.getValue().asText();
                String scope = group.getKey() + ":" + permission.getKey() + ":" + level;
                scopes.add(scope);
                if (privilege == null && privileged(group.getKey(), permission.getKey(), level)) {
                    privilege = "permission " + scope;
                }
            }
        }
        JsonNode expired = grant.get("token_expired");
        Credential token = new Credential(tokenId, CredentialKind.PERSONAL_ACCESS_TOKEN, ManagedBy.USER,
                expired != null && expired.isBoolean() ? !expired.booleanValue() : null,
                GitHubJson.time(grant, "access_granted_at"), null, GitHubJson.time(grant, "token_last_used_at"),
                GitHubJson.time(grant, "token_expires_at"), null, null, List.of(), origin);
        return Identity.builder("github-pat:" + tokenId)
                .name(name)
                .platform(GitHubJson.PLATFORM)
                .account(GitHubJson.fromUrl(grant, "repositories_url", ORG))
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason())
                .technicalOwner(JsonInput.text(grant.path("owner"), "login"))
                .scopes(scopes)
                .privileged(grant.has("permissions") ? privilege != null : null)
                .privilegeReason(privilege)
                .addCredential(token)
                .build();
    }

    private static boolean privileged(String group, String permission, String level) {
        return "admin".equals(level)
                || "organization".equals(group) && "administration".equals(permission) && "write".equals(level);
    }
}
