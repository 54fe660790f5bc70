package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.text.IsoTimes;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import dev.trustmap.reports.model.AttestationRow;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.CrosswalkRow;
import dev.trustmap.reports.model.DisagreementRow;
import dev.trustmap.reports.model.ExceptionRow;
import dev.trustmap.reports.model.FindingGroup;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.IdentityRef;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.LeakRow;
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.ResolvedRow;
import dev.trustmap.reports.model.Rows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's rows, each one fact of the assessment or the inventory, with nothing summed yet.
 *
 * <p>The three long tables are not held. {@link #build} walks the identities once and the findings once to count
 * what the board, the groups and the distributions need, keeping per identity only its name and its open findings;
 * each later walk of a table maps its source afresh, row by row. With identities and findings read from their files
 * on every walk, a million identities never sit in memory, as rows or as the inventory.
 */
final class OperatorRows {

    static final String NO_OWNER = FindingRow.NO_OWNER;

    /** Open leaks first, the longest exposed first, then by id. */
    private static final Comparator<LeakRow> OPEN_LEAKS_FIRST = Comparator.comparing(LeakRow::open).reversed()
            .thenComparing(LeakRow::detectedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LeakRow::id);

    private final Assessment assessment;
    private final Rows<Finding> findings;
    private final Rows<Identity> identities;
    private final List<LeakedSecret> leakedSecrets;
    private final Catalog catalog;
    private final Instant asOf;

    /** What a table row needs of an identity it does not hold: its name and how many open findings it has. */
    private static final class Seen {
        final String name;
        int open;

        Seen(String name) {
            this.name = name;
        }
    }

    /**
     * @param findings the assessment's findings, in its order (held, or read again from its file on each walk);
     *     {@code assessment.findings()} is not read
     * @param identities the inventory's identities, in its order, likewise
     * @param leaks the inventory's leaked secrets
     */
    OperatorRows(Assessment assessment, Rows<Finding> findings, Rows<Identity> identities, List<LeakedSecret> leaks,
            Catalog catalog) {
        this.assessment = assessment;
        this.findings = findings;
        this.identities = identities;
        this.leakedSecrets = leaks;
        this.catalog = catalog;
        this.asOf = assessment.asOf();
    }

    /** The operator view; {@code tally} is given every finding on the way, for the board. */
    OperatorView build(FindingTally tally) {
        Set<String> orphaned = new HashSet<>(assessment.orphanedIdentities());
        Set<String> leaking = new HashSet<>();
        leakedSecrets.forEach(l -> leaking.add(l.identityId()));
        Map<String, Seen> seen = new HashMap<>();
        Map<String, Identity> leakHolders = new HashMap<>();
        Histograms histograms = new Histograms();
        List<IdentityRef> unowned = new ArrayList<>();
        List<IdentityRef> orphans = new ArrayList<>();
        long[] counts = {0, 0};
        identities.forEach(identity -> {
            if (leaking.contains(identity.id())) {
                leakHolders.put(identity.id(), identity);
            }
            if (identity.lane() == Lane.HUMAN) {
                return;
            }
            seen.put(identity.id(), new Seen(identity.name()));
            counts[0]++;
            if (identity.technicalOwner() == null) {
                unowned.add(new IdentityRef(identity.id(), identity.name(), "no technical owner"));
            }
            if (orphaned.contains(identity.id())) {
                orphans.add(new IdentityRef(identity.id(), identity.name(), identity.technicalOwner() == null
                        && identity.businessOwner() == null ? "no owner" : "every owner has left"));
            }
            for (Credential c : identity.credentials()) {
                counts[1]++;
                histograms.add(credential(identity, c),
                        CredentialRules.active(c) && CredentialRules.staticSecret(c) && CredentialRules.userManaged(c));
            }
        });

        // per owner, per severity: open and not open
        Map<String, int[][]> groupCounts = new HashMap<>();
        long[] findingCount = {0};
        findings.forEach(f -> {
            tally.accept(f);
            findingCount[0]++;
            String owner = f.subject().owner() == null ? NO_OWNER : f.subject().owner();
            boolean open = f.status() == FindingStatus.OPEN;
            int[][] bySeverity = groupCounts.computeIfAbsent(owner, k -> new int[Severity.values().length][2]);
            bySeverity[f.severity().ordinal()][open ? 0 : 1]++;
            Seen subject = seen.get(f.subject().identity());
            if (open && subject != null) {
                subject.open++;
            }
        });

        Rows<FindingRow> findingRows = Rows.replayed(findingCount[0],
                action -> findings.forEach(f -> action.accept(finding(f, seen.get(f.subject().identity())))));
        Rows<IdentityRow> identityRows = Rows.replayed(counts[0], action -> identities.forEach(identity -> {
            if (identity.lane() != Lane.HUMAN) {
                action.accept(identity(identity, seen.get(identity.id()).open, orphaned));
            }
        }));
        Rows<CredentialRow> credentialRows = Rows.replayed(counts[1], action -> identities.forEach(identity -> {
            if (identity.lane() != Lane.HUMAN) {
                identity.credentials().forEach(c -> action.accept(credential(identity, c)));
            }
        }));
        return new OperatorView(findingRows, groups(groupCounts), identityRows, credentialRows, controls(),
                frameworkItems(), crosswalk(), histograms.tokenLifetimes(), histograms.rotationAges(), unowned,
                orphans, exceptions(), attestations(), leaks(leakHolders), resolved(),
                assessment.remediation() == null || assessment.remediation().previousAsOf() == null ? null
                        : Periods.quarterOf(assessment.remediation().previousAsOf()), disagreements());
    }

    private FindingRow finding(Finding f, Seen identity) {
        Control control = catalog.control(f.control()).orElse(null);
        return new FindingRow(f.id(), f.control(), control == null ? f.control() : control.title(),
                control == null ? null : control.domain().name(), f.subject().identity(),
                identity == null ? null : identity.name, f.subject().credential(), f.subject().lane(),
                f.severity().key(), f.status().key(), f.observed(), f.limit(), IsoTimes.text(f.firstSeen()),
                f.firstSeenBy().key(), f.dueOn().toString(), f.daysOverdue(), f.change().key(), f.exception(),
                f.exceptionNote(), f.subject().owner() == null ? NO_OWNER : f.subject().owner(), f.remediation(),
                f.subject().evidence());
    }

    /** Where another tool's results disagree with trustmap's own checks, in the assessment's order. */
    private List<DisagreementRow> disagreements() {
        return assessment.disagreements().stream().map(d -> new DisagreementRow(d.identity(), d.control(),
                catalog.control(d.control()).map(Control::title).orElse(d.control()), d.trustmap(), d.tool(),
                d.check(), d.toolVerdict(), d.findingId())).toList();
    }

    /** The quarter before's findings this quarter no longer has, in that quarter's order. */
    private List<ResolvedRow> resolved() {
        String quarter = Periods.quarterOf(asOf);
        List<ResolvedRow> rows = new ArrayList<>();
        for (ResolvedFinding r : assessment.resolved()) {
            Control control = catalog.control(r.control()).orElse(null);
            rows.add(new ResolvedRow(r.id(), r.control(), control == null ? r.control() : control.title(),
                    r.subject().identity(), r.subject().credential(),
                    r.subject().owner() == null ? NO_OWNER : r.subject().owner(), r.severity().key(),
                    IsoTimes.text(r.firstSeen()), quarter, r.daysOpen()));
        }
        return rows;
    }

    /** Findings by owner (alphabetical, no owner last) and severity (critical first). */
    private static List<FindingGroup> groups(Map<String, int[][]> counts) {
        List<FindingGroup> groups = new ArrayList<>();
        counts.forEach((owner, bySeverity) -> {
            for (Severity severity : Severity.values()) {
                int[] c = bySeverity[severity.ordinal()];
                if (c[0] + c[1] > 0) {
                    groups.add(new FindingGroup(owner, severity.key(), c[0], c[1]));
                }
            }
        });
        groups.sort((a, b) -> {
            boolean aNone = NO_OWNER.equals(a.owner());
            boolean bNone = NO_OWNER.equals(b.owner());
            if (aNone != bNone) {
                return aNone ? 1 : -1;
            }
            int byOwner = a.owner().compareTo(b.owner());
            return byOwner != 0 ? byOwner : severityRank(a.severity()) - severityRank(b.severity());
        });
        return groups;
    }

    private static int severityRank(String severity) {
        return List.of("critical", "high", "medium", "low").indexOf(severity);
    }

    private static IdentityRow identity(Identity i, int open, Set<String> orphaned) {
        return new IdentityRow(i.id(), i.name(), i.platform(), i.account(),
                i.actorClass() == null ? null : i.actorClass().key(), i.lane() == null ? null : i.lane().key(),
                i.environment(), i.system(), i.status(), i.technicalOwner(), i.businessOwner(), i.purpose(),
                i.privileged(), i.credentials().size(), open, i.technicalOwner() == null,
                orphaned.contains(i.id()));
    }

    private CredentialRow credential(Identity identity, Credential c) {
        Instant since = c.lastRotatedAt() != null ? c.lastRotatedAt() : c.createdAt();
        Instant expiry = CredentialRules.effectiveExpiry(c);
        // a date that stands for "never" is shown as never, not as a date 270 years out
        boolean never = CredentialRules.neverExpires(expiry);
        expiry = never ? null : expiry;
        Long lifetime = c.ttlSeconds() != null ? c.ttlSeconds()
                : c.createdAt() != null && c.expiresAt() != null && !never
                        ? Duration.between(c.createdAt(), c.expiresAt()).getSeconds() : null;
        return new CredentialRow(identity.id(), c.id(), c.kind() == null ? null : c.kind().key(),
                c.managedBy() == null ? null : c.managedBy().key(), c.active(), text(c.createdAt()),
                text(c.lastRotatedAt()), text(c.lastUsedAt()), never ? "never" : text(c.expiresAt()), c.ttlSeconds(),
                since == null ? null : days(since, asOf), c.lastUsedAt() == null ? null : days(c.lastUsedAt(), asOf),
                expiry == null ? null : days(asOf, expiry), lifetime, CredentialRules.staticSecret(c), c.leaked());
    }

    private List<ControlRow> controls() {
        Map<String, ControlResult> results = new HashMap<>();
        assessment.controls().forEach(r -> results.put(r.id(), r));
        List<ControlRow> rows = new ArrayList<>();
        for (Control c : catalog.controls()) {
            ControlResult r = results.get(c.id());
            if (r == null) {
                continue;
            }
            rows.add(new ControlRow(c.id(), c.domain().name(), c.title(), c.evidence().key(), c.severity().key(),
                    r.status().key(), r.population(), r.passed(), r.failed(), r.accepted(), r.notAssessed(),
                    r.passRate(), r.basis(), assessment.controlOwners().get(c.id()), null));
        }
        return rows;
    }

    private List<FrameworkItemRow> frameworkItems() {
        List<FrameworkItemRow> rows = new ArrayList<>();
        for (FrameworkItemStatus s : assessment.frameworkItems()) {
            String title = catalog.item(s.framework(), s.item()).map(FrameworkItem::label).orElse("");
            rows.add(new FrameworkItemRow(s.framework(), s.item(), title, s.status(), String.join(" ", s.controls()),
                    s.rule()));
        }
        return rows;
    }

    /** Every mapping of every control that is not met or only partly met. */
    private List<CrosswalkRow> crosswalk() {
        List<CrosswalkRow> rows = new ArrayList<>();
        for (ControlResult r : assessment.controls()) {
            if (r.status() != ControlStatus.NOT_MET && r.status() != ControlStatus.PARTIAL) {
                continue;
            }
            for (Mapping m : catalog.control(r.id()).map(Control::mappings).orElse(List.of())) {
                rows.add(new CrosswalkRow(r.id(), r.status().key(), m.framework(), m.item(),
                        catalog.item(m.framework(), m.item()).map(FrameworkItem::label).orElse(""),
                        m.relationship().key()));
            }
        }
        return rows;
    }

    private List<ExceptionRow> exceptions() {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        return assessment.exceptions().stream().map(e -> exception(e, today)).toList();
    }

    private List<AttestationRow> attestations() {
        return assessment.attestations().stream().map(OperatorRows::attestation).toList();
    }

    static ExceptionRow exception(AppliedException e, LocalDate today) {
        var g = e.grant();
        return new ExceptionRow(g.id(), g.controlId(), g.identity(), g.reason(), g.requestedBy(), g.approvedBy(),
                text(g.approvedOn()), text(g.expiresOn()), g.compensatingControl(), e.state().key(), e.why(),
                e.accepted(), g.expiresOn() == null ? null
                        : java.time.temporal.ChronoUnit.DAYS.between(today, g.expiresOn()));
    }

    static AttestationRow attestation(AppliedAttestation a) {
        var t = a.attestation();
        return new AttestationRow(t.controlId(), t.status(), t.attestedBy(), text(t.attestedOn()),
                text(t.validUntil()), t.evidence(), a.stale(), a.used());
    }

    /** Leaks as the KPI counts them: open unless linked to an NHI credential no longer held. */
    private List<LeakRow> leaks(Map<String, Identity> identities) {
        List<LeakRow> rows = new ArrayList<>();
        for (LeakedSecret l : leakedSecrets) {
            Identity identity = l.identityId() == null ? null : identities.get(l.identityId());
            if (identity != null && identity.lane() == Lane.HUMAN) {
                continue;
            }
            Credential c = identity == null ? null : identity.credentials().stream()
                    .filter(x -> x.id().equals(l.credentialId())).findFirst().orElse(null);
            rows.add(new LeakRow(l.id(), l.scanner(), l.rule(), l.location(), text(l.detectedAt()), l.identityId(),
                    l.credentialId(), c == null || CredentialRules.heldAt(c, asOf)));
        }
        rows.sort(OPEN_LEAKS_FIRST);
        return rows;
    }

    private static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Instant instant ? IsoTimes.text(instant) : value.toString();
    }
}
