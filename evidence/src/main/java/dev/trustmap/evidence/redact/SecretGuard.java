package dev.trustmap.evidence.redact;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakReference;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The one guard between what people typed into an input and every output: a value that looks like a secret
 * (the shapes {@link SecretShapes} knows, and in text a random-looking token) is replaced by its redaction marker
 * before it is stored, whatever the field it was typed into. Identifiers get the issuers' shapes and AWS secret
 * keys, and random-looking tokens only when they hold a space, since some are random by design (a Vault accessor);
 * names, purposes, owners, reasons, scopes and messages get everything. A value
 * with nothing to hide comes back as the same instance, so guarding costs little when there is nothing to find.
 */
public final class SecretGuard {

    private SecretGuard() {
    }

    /** Text a person may have typed: a name, a purpose, an owner, a note, a message. Null stays null. */
    public static String text(String value) {
        return value == null || value.length() < SecretShapes.RANDOM_TOKEN_LENGTH ? value
                : SecretShapes.redactText(value);
    }

    /** An identifier: an id, an accessor, a key id, a fingerprint. Null stays null. */
    public static String identifier(String value) {
        return value == null ? null : SecretShapes.redactIdentifier(value, false);
    }

    public static List<String> texts(List<String> values) {
        List<String> guarded = null;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String safe = text(value);
            if (safe != value && guarded == null) {
                guarded = new ArrayList<>(values);
            }
            if (guarded != null) {
                guarded.set(i, safe);
            }
        }
        return guarded == null ? values : guarded;
    }

    public static Identity identity(Identity i) {
        List<Credential> credentials = new ArrayList<>(i.credentials().size());
        i.credentials().forEach(c -> credentials.add(credential(c)));
        return new Identity(identifier(i.id()), text(i.name()), text(i.platform()), text(i.account()),
                i.actorClass(), text(i.actorClassReason()), text(i.environment()), text(i.system()), text(i.status()),
                i.lastUsedAt(), text(i.technicalOwner()), text(i.businessOwner()), text(i.purpose()), i.privileged(),
                text(i.privilegeReason()), texts(i.scopes()), text(i.onBehalfOf()), identifier(i.executesAs()),
                identifier(i.parentIdentity()), text(i.approvedBy()), i.approvalExpiresAt(), i.taskEndsAt(),
                i.decommissionOn(), i.sources(), credentials, i.externalResults().stream().map(SecretGuard::result)
                        .toList());
    }

    public static ExternalResult result(ExternalResult r) {
        return new ExternalResult(text(r.tool()), text(r.check()), r.verdict(), identifier(r.findingId()),
                r.observedAt(), text(r.message()), origin(r.origin()));
    }

    public static Credential credential(Credential c) {
        List<LeakReference> leaks = new ArrayList<>(c.leaks().size());
        c.leaks().forEach(l -> leaks.add(new LeakReference(text(l.scanner()), identifier(l.findingId()),
                text(l.rule()), text(l.location()), l.detectedAt())));
        return new Credential(identifier(c.id()), c.kind(), c.managedBy(), c.active(), c.createdAt(),
                c.lastRotatedAt(), c.lastUsedAt(), c.expiresAt(), c.ttlSeconds(), identifier(c.fingerprint()), leaks,
                origin(c.origin()));
    }

    public static LeakedSecret leak(LeakedSecret l) {
        return new LeakedSecret(identifier(l.id()), text(l.scanner()), text(l.rule()),
                identifier(l.secretFingerprint()), identifier(l.keyId()), text(l.location()), identifier(l.commit()),
                l.detectedAt(), l.verified(), identifier(l.identityId()), identifier(l.credentialId()),
                origin(l.origin()));
    }

    /** A problem as it may be printed or stored: every part guarded as text, since messages quote cells. */
    public static InputProblem problem(InputProblem p) {
        return new InputProblem(text(p.file()), text(p.location()), text(p.message()), text(p.fix()));
    }

    private static Origin origin(Origin o) {
        return o == null ? null : new Origin(o.file(), text(o.location()));
    }
}
