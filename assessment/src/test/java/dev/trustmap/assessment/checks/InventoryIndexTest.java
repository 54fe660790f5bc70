package dev.trustmap.assessment.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the checks consult across identities: counts that survive the table growing, and no false friends. */
class InventoryIndexTest {

    private static Credential secret(String id, String fingerprint) {
        return new Credential(id, CredentialKind.API_KEY, ManagedBy.USER, true, null, null, null, null, null,
                fingerprint, List.of(), new Origin("test", "line 1"));
    }

    @Test
    void countsEveryHolderOfEverySecretWellPastTheTableFirstSize() {
        List<Identity> identities = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // every tenth identity shares the secret of the identity before it; the rest hold their own
            String shared = i % 10 == 1 ? "sha256:" + (i - 1) : "sha256:" + i;
            identities.add(Identity.builder("svc-" + i).name("name-" + i)
                    .credentials(List.of(secret("k", shared))).build());
        }
        InventoryIndex index = InventoryIndex.of(identities);
        assertThat(index.holders(secret("x", "sha256:0"))).isEqualTo(2);
        assertThat(index.holders(secret("x", "SHA256:10 "))).as("compared as the checks compare").isEqualTo(2);
        assertThat(index.holders(secret("x", "sha256:2"))).isEqualTo(1);
        assertThat(index.holders(secret("x", "sha256:19999"))).isEqualTo(1);
        assertThat(index.holders(secret("x", "sha256:1"))).as("never held").isZero();
        assertThat(index.holders(secret("x", null))).isZero();
        long shared = identities.stream().filter(i -> index.holders(i.credentials().get(0)) == 2).count();
        assertThat(shared).isEqualTo(4_000);
        assertThat(index.hasIdOrName("svc-12345")).isTrue();
        assertThat(index.hasIdOrName("name-19999")).isTrue();
        assertThat(index.hasIdOrName("svc-20000")).isFalse();
        assertThat(index.hasIdOrName("name-")).isFalse();
    }

    @Test
    void aSecretHeldTwiceByOneIdentityIsHeldByOneIdentity() {
        Identity twice = Identity.builder("svc")
                .credentials(List.of(secret("a", "sha256:aa"), secret("b", "sha256:AA"))).build();
        assertThat(InventoryIndex.of(List.of(twice)).holders(secret("x", "sha256:aa"))).isEqualTo(1);
    }

    @Test
    void knowsTheParentsSubAgentsName() {
        Identity child = Identity.builder("agent-1").parentIdentity(" orchestrator ").build();
        InventoryIndex index = InventoryIndex.of(List.of(child));
        assertThat(index.isNamedParent("orchestrator")).isTrue();
        assertThat(index.isNamedParent("agent-1")).isFalse();
        assertThat(index.isNamedParent(null)).isFalse();
    }
}
