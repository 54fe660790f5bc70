package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.reports.model.AttestationRow;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.CrosswalkRow;
import dev.trustmap.reports.model.ExceptionRow;
import dev.trustmap.reports.model.FindingGroup;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.IdentityRef;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.LeakRow;
import dev.trustmap.reports.model.OperatorView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operator's rows, each one fact of the assessment or the inventory, with nothing summed yet. */
final class OperatorRows {

    static final String NO_OWNER = "(no owner)";

    private final Assessment assessment;
    private final Inventory inventory;
    private final Catalog catalog;
    private final Instant asOf;

    OperatorRows(Assessment assessment, Inventory inventory, Catalog catalog) {
        this.assessment = assessment;
        this.inventory = inventory;
        this.catalog = catalog;
        this.asOf = assessment.asOf();
    }

    OperatorView build() {
        Map<String, Identity> identities = new HashMap<>();
        inventory.identities().forEach(i -> identities.put(i.id(), i));
        List<FindingRow> findings = findings(identities);
        List<CredentialRow> credentials = new ArrayList<>();
        List<CredentialRow> staticSecrets = new ArrayList<>();
        for (Identity identity : inventory.identities()) {
            if (identity.lane() == Lane.HUMAN) {
                continue;
            }
            for (Credential c : identity.credentials()) {
                CredentialRow row = credential(identity, c);
                credentials.add(row);
                if (CredentialRules.active(c) && CredentialRules.staticSecret(c) && CredentialRules.userManaged(c)) {
                    staticSecrets.add(row);
                }
            }
        }
        Set<String> orphaned = new HashSet<>(assessment.orphanedIdentities());
        List<IdentityRow> identityRows = identities(findings, orphaned);
        return new OperatorView(findings, groups(findings), identityRows, credentials, controls(),
                frameworkItems(), crosswalk(), Histograms.tokenLifetimes(credentials),
                Histograms.rotationAges(staticSecrets),
                identityRows.stream().filter(IdentityRow::unowned)
                        .map(r -> new IdentityRef(r.id(), r.name(), "no technical owner")).toList(),
                identityRows.stream().filter(IdentityRow::orphaned)
                        .map(r -> new IdentityRef(r.id(), r.name(), r.technicalOwner() == null
                                && r.businessOwner() == null ? "no owner" : "every owner has left")).toList(),
                exceptions(), attestations(), leaks(identities));
    }

    private List<FindingRow> findings(Map<String, Identity> identities) {
        List<FindingRow> rows = new ArrayList<>();
        for (Finding f : assessment.findings()) {
            Control control = catalog.control(f.control()).orElse(null);
            Identity identity = identities.get(f.subject().identity());
            rows.add(new FindingRow(f.id(), f.control(), control == null ? f.control() : control.title(),
                    control == null ? null : control.domain().name(), f.subject().identity(),
                    identity == null ? null : identity.name(), f.subject().credential(), f.subject().lane(),
                    f.severity().key(), f.status().key(), f.observed(), f.limit(), f.dueOn().toString(),
                    f.exception(), f.exceptionNote(), f.subject().owner() == null ? NO_OWNER : f.subject().owner(),
                    f.remediation()));
        }
        return rows;
    }

    /** Findings by owner (alphabetical, no owner last) and severity (critical first). */
    private static List<FindingGroup> groups(List<FindingRow> findings) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (FindingRow f : findings) {
            int[] c = counts.computeIfAbsent(f.owner() + "\u001f" + f.severity(), k -> new int[2]);
            c[FindingStatus.OPEN.key().equals(f.status()) ? 0 : 1]++;
        }
        List<FindingGroup> groups = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\u001f");
            groups.add(new FindingGroup(parts[0], parts[1], c[0], c[1]));
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

    private List<IdentityRow> identities(List<FindingRow> findings, Set<String> orphaned) {
        Map<String, Integer> open = new HashMap<>();
        findings.stream().filter(f -> FindingStatus.OPEN.key().equals(f.status()))
                .forEach(f -> open.merge(f.identity(), 1, Integer::sum));
        List<IdentityRow> rows = new ArrayList<>();
        for (Identity i : inventory.identities()) {
            if (i.lane() == Lane.HUMAN) {
                continue;
            }
            rows.add(new IdentityRow(i.id(), i.name(), i.platform(), i.account(),
                    i.actorClass() == null ? null : i.actorClass().key(), i.lane() == null ? null : i.lane().key(),
                    i.environment(), i.system(), i.status(), i.technicalOwner(), i.businessOwner(), i.purpose(),
                    i.privileged(), i.credentials().size(), open.getOrDefault(i.id(), 0), i.technicalOwner() == null,
                    orphaned.contains(i.id())));
        }
        return rows;
    }

    private CredentialRow credential(Identity identity, Credential c) {
        Instant since = c.lastRotatedAt() != null ? c.lastRotatedAt() : c.createdAt();
        Instant expiry = CredentialRules.effectiveExpiry(c);
        Long lifetime = c.ttlSeconds() != null ? c.ttlSeconds()
                : c.createdAt() != null && c.expiresAt() != null
                        ? Duration.between(c.createdAt(), c.expiresAt()).getSeconds() : null;
        return new CredentialRow(identity.id(), c.id(), c.kind() == null ? null : c.kind().key(),
                c.managedBy() == null ? null : c.managedBy().key(), c.active(), text(c.createdAt()),
                text(c.lastRotatedAt()), text(c.lastUsedAt()), text(c.expiresAt()), c.ttlSeconds(),
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
        for (LeakedSecret l : inventory.leaks()) {
            Identity identity = l.identityId() == null ? null : identities.get(l.identityId());
            if (identity != null && identity.lane() == Lane.HUMAN) {
                continue;
            }
            Credential c = identity == null ? null : identity.credentials().stream()
                    .filter(x -> x.id().equals(l.credentialId())).findFirst().orElse(null);
            rows.add(new LeakRow(l.id(), l.scanner(), l.rule(), l.location(), text(l.detectedAt()), l.identityId(),
                    l.credentialId(), c == null || CredentialRules.heldAt(c, asOf)));
        }
        return rows;
    }

    private static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
