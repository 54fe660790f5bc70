package dev.trustmap.evidence.vault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.List;

/**
 * The {@code data} of a lease lookup. A lease is one issued secret (dynamic database credentials, a token);
 * the path that issued it ({@code database/creds/readonly}) is the identity all its leases belong to.
 */
final class LeaseLookups {

    private LeaseLookups() {
    }

    static Identity read(JsonNode data, Origin origin) {
        String leaseId = JsonInput.text(data, "id");
        int slash = leaseId == null ? -1 : leaseId.lastIndexOf('/');
        if (slash <= 0) {
            throw new BadLookup("expected a lease id such as database/creds/readonly/<id> in id, found "
                    + (leaseId == null ? "none" : "'" + leaseId + "'") + ".",
                    "Export with vault lease lookup <lease id> -format=json and do not edit the output.");
        }
        String issuer = leaseId.substring(0, slash);
        ActorClassInference.Guess guess = ActorClassInference.fromNameOr(issuer, ActorClass.WORKLOAD,
                "Vault lease (a secret Vault issued)");
        // Vault revokes a lease's secret when it expires: the platform, not its user, ends it.
        Credential lease = new Credential(leaseId, CredentialKind.OAUTH_TOKEN, ManagedBy.PLATFORM, true,
                VaultJson.time(data, "issue_time"), null, null, VaultJson.time(data, "expire_time"), null, null,
                List.of(), origin);
        return Identity.builder("vault-lease:" + issuer)
                .name(issuer)
                .platform(VaultJson.PLATFORM)
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason())
                .addCredential(lease)
                .build();
    }
}
