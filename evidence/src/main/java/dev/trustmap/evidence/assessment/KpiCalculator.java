package dev.trustmap.evidence.assessment;

import dev.trustmap.evidence.checks.CheckRun;
import dev.trustmap.evidence.checks.LifecycleRules;
import dev.trustmap.evidence.checks.Subjects;
import dev.trustmap.evidence.sheet.Person;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.Kpis;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headline numbers, each defined in docs/methodology.md and computed from the same data as the findings. */
final class KpiCalculator {

    private final AssessmentInputs in;
    private final Map<String, CheckRun> runs;
    private final List<Finding> findings;
    private final List<AppliedException> exceptions;
    private final List<String> orphanedIds = new ArrayList<>();

    KpiCalculator(AssessmentInputs in, Map<String, CheckRun> runs, List<Finding> findings,
            List<AppliedException> exceptions) {
        this.in = in;
        this.runs = runs;
        this.findings = findings;
        this.exceptions = exceptions;
    }

    Kpis kpis() {
        Instant asOf = in.asOf();
        Map<String, Credential> credentialsById = new HashMap<>();
        int identities = 0;
        int machine = 0;
        int ai = 0;
        int credentials = 0;
        int owned = 0;
        int withoutExpiry = 0;
        int aiWithStatic = 0;
        int orphaned = 0;
        int certificatesExpiring = 0;
        List<Long> staticAges = new ArrayList<>();
        Map<String, Person> people = people();
        java.util.Set<String> humans = new java.util.HashSet<>();
        for (Identity identity : in.inventory().identities()) {
            if (!LifecycleRules.nhi(identity)) {
                humans.add(identity.id());
                continue;
            }
            identities++;
            if (identity.lane() == Lane.AI) {
                ai++;
            } else {
                machine++;
            }
            if (identity.technicalOwner() != null) {
                owned++;
            }
            if (orphaned(identity, people)) {
                orphaned++;
                orphanedIds.add(identity.id());
            }
            boolean holdsStatic = false;
            for (Credential c : identity.credentials()) {
                credentials++;
                credentialsById.put(identity.id() + "\u001f" + c.id(), c);
                if (!LifecycleRules.active(c)) {
                    continue;
                }
                if (c.kind() != CredentialKind.FEDERATED && LifecycleRules.effectiveExpiry(c) == null) {
                    withoutExpiry++;
                }
                if (LifecycleRules.staticSecret(c)) {
                    holdsStatic = true;
                    Instant since = c.lastRotatedAt() != null ? c.lastRotatedAt() : c.createdAt();
                    if (since != null && LifecycleRules.userManaged(c)) {
                        staticAges.add(Subjects.days(since, asOf));
                    }
                }
                if (c.kind() == CredentialKind.CERTIFICATE && c.expiresAt() != null) {
                    long left = Subjects.days(asOf, c.expiresAt());
                    if (!c.expiresAt().isBefore(asOf) && left <= 30) {
                        certificatesExpiring++;
                    }
                }
            }
            if (holdsStatic && identity.lane() == Lane.AI) {
                aiWithStatic++;
            }
        }
        Collections.sort(staticAges);
        CheckRun rotation = runs.get("LFC-01");
        CheckRun unused = runs.get("RVK-01");
        return new Kpis(identities, machine, ai, credentials, percent(owned, identities),
                rotation == null || rotation.noEvidence() != null ? null
                        : percent(rotation.passed(), rotation.passed() + rotation.failed()),
                percentile(staticAges, 50), percentile(staticAges, 90), withoutExpiry,
                unused == null ? 0 : unused.failed(), aiWithStatic, orphaned,
                openLeaks(credentialsById, humans), certificatesExpiring,
                (int) exceptions.stream().filter(e -> e.state() == ExceptionState.ACTIVE).count(),
                (int) exceptions.stream().filter(AppliedException::expiresWithin30Days).count(),
                (int) exceptions.stream().filter(e -> e.state() == ExceptionState.EXPIRED).count(),
                (int) findings.stream().filter(f -> f.status() == FindingStatus.OPEN).count(),
                (int) findings.stream().filter(f -> f.status() == FindingStatus.ACCEPTED).count());
    }

    /** No owner at all, or every named owner has left (when a people directory says so). */
    private static boolean orphaned(Identity identity, Map<String, Person> people) {
        List<String> owners = new ArrayList<>();
        if (identity.technicalOwner() != null) {
            owners.add(identity.technicalOwner());
        }
        if (identity.businessOwner() != null) {
            owners.add(identity.businessOwner());
        }
        if (owners.isEmpty()) {
            return true;
        }
        return !people.isEmpty() && owners.stream().allMatch(o -> {
            Person p = people.get(o.toLowerCase(Locale.ROOT));
            return p != null && "departed".equalsIgnoreCase(p.status());
        });
    }

    private Map<String, Person> people() {
        Map<String, Person> byEmail = new HashMap<>();
        if (in.people() != null) {
            in.people().forEach(p -> {
                if (p.email() != null) {
                    byEmail.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p);
                }
            });
        }
        return byEmail;
    }

    /** The NHIs counted as orphaned by {@link #kpis()}, in inventory order. */
    List<String> orphanedIdentities() {
        return orphanedIds;
    }

    /**
     * Leaks not shown revoked, as RVK-04 sees them: unlinked, or linked to an NHI credential still held at the as-of
     * instant. A leak of a person's credential is not an NHI figure.
     */
    private int openLeaks(Map<String, Credential> credentials, java.util.Set<String> humans) {
        int open = 0;
        for (LeakedSecret leak : in.inventory().leaks()) {
            if (leak.identityId() != null && humans.contains(leak.identityId())) {
                continue;
            }
            Credential c = leak.identityId() == null ? null
                    : credentials.get(leak.identityId() + "\u001f" + leak.credentialId());
            if (c == null || LifecycleRules.heldAt(c, in.asOf())) {
                open++;
            }
        }
        return open;
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** Nearest-rank percentile; null for no values. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
