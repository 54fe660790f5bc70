package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders for check tests: the default policy, an as-of instant, credentials aged in days. */
public final class CheckTestSupport {

    public static final Instant AS_OF = Instant.parse("2026-09-30T23:59:59Z");

    private CheckTestSupport() {
    }

    /** The bundled defaults, as read from default-policy.yaml. */
    public static Policy defaultPolicy() {
        return dev.trustmap.assessment.policy.PolicyReader.defaults();
    }

    /** The documented defaults written out, to prove the bundled file says what the docs say. */
    static Policy documentedDefaults() {
        return new Policy(Map.of(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, 90L,
                PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS, 365L, PolicyKey.AI_MAX_TTL_SECONDS, 3600L,
                PolicyKey.UNUSED_DAYS, 90L, PolicyKey.CERTIFICATE_RENEWAL_WARNING_DAYS, 30L,
                PolicyKey.DELEGATION_MAX_HOURS, 24L, PolicyKey.OWNER_DEPARTURE_GRACE_DAYS, 14L,
                PolicyKey.LEAKED_SECRET_DEADLINE_DAYS, 1L, PolicyKey.EXCEPTION_MAX_DAYS, 365L),
                List.of(new PolicyOverride(Lane.AI, null, null, Map.of(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, 30L)),
                        new PolicyOverride(null, null, CredentialKind.CERTIFICATE,
                                Map.of(PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS, 398L))),
                Map.of(Severity.CRITICAL, 7, Severity.HIGH, 30, Severity.MEDIUM, 90, Severity.LOW, 180), 80,
                "test");
    }

    /** The instant {@code days} whole days before the as-of instant. */
    public static Instant daysAgo(long days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    /** An active user-managed credential of a kind, created (and last rotated) at {@code created}. */
    public static Credential credential(String id, CredentialKind kind, Instant created) {
        return new Credential(id, kind, ManagedBy.USER, true, created, created, null, null, null, null, List.of(),
                new Origin("test", "line 1"));
    }

    public static Inventory inventory(Identity... identities) {
        return new Inventory(AS_OF, List.of(new SourceSummary("test.csv", "inventory-csv", "0", identities.length,
                0, 0, 0)), List.of(identities), List.of(), List.of());
    }

    /** A context with the default policy, no people directory, no control owners, no exceptions. */
    public static CheckContext context(Inventory inventory) {
        return new CheckContext(inventory, defaultPolicy(), AS_OF, null, null, List.of(), List.of());
    }

    public static CheckContext context(Inventory inventory, List<Person> people, List<ControlOwner> owners,
            List<String> controlIds, List<AppliedException> exceptions) {
        return new CheckContext(inventory, defaultPolicy(), AS_OF, people, owners, controlIds, exceptions);
    }

    /** A context with the default policy and these identity attestations (an owner review's answers). */
    public static CheckContext context(Inventory inventory, List<Attestation> identityAttestations) {
        return new CheckContext(inventory, defaultPolicy(), AS_OF, null, null, List.of(), List.of(),
                InventoryIndex.of(inventory.identities()), identityAttestations);
    }
}
