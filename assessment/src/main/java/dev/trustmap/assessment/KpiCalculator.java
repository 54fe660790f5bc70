package dev.trustmap.assessment;

import dev.trustmap.assessment.checks.CheckRun;
import dev.trustmap.assessment.checks.LifecycleRules;
import dev.trustmap.assessment.checks.Subjects;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Kpis;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The headline numbers, each defined in docs/methodology.md and computed from the same data as the findings. The
 * engine shows it every identity once, as the checks see them; it keeps counts, a histogram of static-secret ages
 * and the credentials leaks point at, never the identities.
 */
final class KpiCalculator {

    private final AssessmentInputs in;
    private final Map<String, Person> people;
    /** The identity and credential each linked leak points at, keyed as identity id, unit separator, credential id. */
    private final Set<String> leakTargets = new HashSet<>();
    private final Map<String, Credential> leakedCredentials = new HashMap<>();
    private final Set<String> leakIdentities = new HashSet<>();
    private final Set<String> leakedHumans = new HashSet<>();
    private final List<String> orphanedIds = new ArrayList<>();
    /** How many user-managed static secrets are of each age in whole days. */
    private final TreeMap<Long, Integer> staticAges = new TreeMap<>();
    private int staticAgeCount;
    private int identities;
    private int machine;
    private int ai;
    private int credentials;
    private int owned;
    private int withoutExpiry;
    private int aiWithStatic;
    private int orphaned;
    private int certificatesExpiring;

    KpiCalculator(AssessmentInputs in) {
        this.in = in;
        this.people = people(in);
        for (LeakedSecret leak : in.inventory().leaks()) {
            if (leak.identityId() != null) {
                leakIdentities.add(leak.identityId());
                leakTargets.add(key(leak.identityId(), leak.credentialId()));
            }
        }
    }

    private static String key(String identityId, String credentialId) {
        return identityId + "\u001f" + credentialId;
    }

    /** Counts one identity. */
    void add(Identity identity) {
        Instant asOf = in.asOf();
        if (!LifecycleRules.nhi(identity)) {
            if (leakIdentities.contains(identity.id())) {
                leakedHumans.add(identity.id());
            }
            return;
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
            String key = key(identity.id(), c.id());
            if (leakTargets.contains(key)) {
                leakedCredentials.putIfAbsent(key, c);
            }
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
                    staticAges.merge(Subjects.days(since, asOf), 1, Integer::sum);
                    staticAgeCount++;
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

    /** The numbers, once every identity has been added and every check has run. */
    Kpis kpis(Map<String, CheckRun> runs, int openFindings, int acceptedFindings, List<AppliedException> exceptions) {
        CheckRun rotation = runs.get("LFC-01");
        CheckRun unused = runs.get("RVK-01");
        return new Kpis(identities, machine, ai, credentials, percent(owned, identities),
                rotation == null || rotation.noEvidence() != null ? null
                        : percent(rotation.passed(), rotation.passed() + rotation.failed()),
                percentile(50), percentile(90), withoutExpiry,
                unused == null ? 0 : unused.failed(), aiWithStatic, orphaned,
                openLeaks(), certificatesExpiring,
                (int) exceptions.stream().filter(e -> e.state() == ExceptionState.ACTIVE).count(),
                (int) exceptions.stream().filter(AppliedException::expiresWithin30Days).count(),
                (int) exceptions.stream().filter(e -> e.state() == ExceptionState.EXPIRED).count(),
                openFindings, acceptedFindings);
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
            return p != null && p.departed();
        });
    }

    private static Map<String, Person> people(AssessmentInputs in) {
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
    private int openLeaks() {
        int open = 0;
        for (LeakedSecret leak : in.inventory().leaks()) {
            if (leak.identityId() != null && leakedHumans.contains(leak.identityId())) {
                continue;
            }
            Credential c = leak.identityId() == null ? null
                    : leakedCredentials.get(key(leak.identityId(), leak.credentialId()));
            if (c == null || LifecycleRules.heldAt(c, in.asOf())) {
                open++;
            }
        }
        return open;
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** Nearest-rank percentile of the static-secret ages; null when there are none. */
    private Long percentile(int p) {
        if (staticAgeCount == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * staticAgeCount));
        long seen = 0;
        for (Map.Entry<Long, Integer> age : staticAges.entrySet()) {
            seen += age.getValue();
            if (seen >= rank) {
                return age.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " past " + staticAgeCount + " ages");
    }
}
