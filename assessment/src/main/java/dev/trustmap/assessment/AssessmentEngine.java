package dev.trustmap.assessment;

import dev.trustmap.assessment.checks.Check;
import dev.trustmap.assessment.checks.CheckContext;
import dev.trustmap.assessment.checks.CheckRun;
import dev.trustmap.assessment.checks.Checks;
import dev.trustmap.assessment.checks.InventoryIndex;
import dev.trustmap.assessment.checks.ToolEvidenceCheck;
import dev.trustmap.assessment.history.FindingHistory;
import dev.trustmap.assessment.history.IdTable;
import dev.trustmap.assessment.history.RemediationTally;
import dev.trustmap.assessment.policy.AttestationRules;
import dev.trustmap.assessment.policy.ExceptionRules;
import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.Change;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.Disagreement;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FirstSeenBy;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.collection.Prefetch;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the assessment: exceptions are judged first (RVK-05 looks at them), then every check of a control the
 * catalog holds; failures become findings, accepted where an active exception covers them; attested controls are
 * judged from their newest attestation; then everything is rolled up. The inventory is walked twice, whatever its
 * size: once to index what checks compare across identities, once for every check and the headline numbers to
 * judge and count each identity in turn; findings are handed to a store that spills to disk past a limit.
 */
public final class AssessmentEngine {

    /** How many attestations naming no identity are warned of one by one; the rest are counted in one warning. */
    private static final int UNKNOWN_IDENTITIES_LISTED = 20;

    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final int findingsInMemory;

    public AssessmentEngine(List<Check> checks) {
        this(checks, FindingStore.DEFAULT_MEMORY_LIMIT);
    }

    /**
     * @param findingsInMemory how many findings are held in memory before they are kept in temporary files instead
     *     (the assessment's findings list then reads them back on each walk)
     */
    public AssessmentEngine(List<Check> checks, int findingsInMemory) {
        checks.forEach(check -> this.checks.put(check.controlId(), check));
        this.findingsInMemory = findingsInMemory;
    }

    /** The engine with every bundled check. */
    public static AssessmentEngine withAllChecks() {
        return new AssessmentEngine(Checks.all());
    }

    /** One check's judgement of this inventory, and the run its outcomes are counted in. */
    private record Judging(Check.Judgement judgement, CheckRun run) {
    }

    public Assessment assess(AssessmentInputs in) {
        LocalDate today = LocalDate.ofInstant(in.asOf(), ZoneOffset.UTC);
        List<InputProblem> warnings = new ArrayList<>();
        List<AppliedException> exceptions = new ArrayList<>();
        if (in.exceptions() != null) {
            long maxDays = in.policy().limit(PolicyKey.EXCEPTION_MAX_DAYS);
            in.exceptions().forEach(grant -> exceptions.add(ExceptionRules.evaluate(grant, today, maxDays)));
        }
        // An attestation for one identity is evidence for that identity's check, never the control's own attestation:
        // it neither makes the control met nor joins the list (a review of 100,000 identities would swamp it).
        List<Attestation> given = in.attestations() == null ? List.of() : in.attestations();
        List<Attestation> identityAttestations = given.stream().filter(Attestation::identityScoped).toList();
        List<AppliedAttestation> attestations = in.attestations() == null ? List.of()
                : AttestationRules.apply(given.stream().filter(a -> !a.identityScoped()).toList(), today);
        List<Identity> identities = in.inventory().identities();
        // first walk: what the checks must know across identities
        InventoryIndex index = InventoryIndex.of(identities);
        CheckContext context = new CheckContext(in.inventory(), in.policy(), in.asOf(), in.people(),
                in.controlOwners(), in.catalog().controls().stream().map(Control::id).toList(), exceptions, index,
                identityAttestations);
        unknownIdentities(identityAttestations, index, warnings);

        // Every check judges side by side in one second walk; each failure becomes a finding as it is reported.
        Map<String, Integer> acceptedBy = new LinkedHashMap<>();
        FindingStore store = new FindingStore(findingsInMemory);
        Map<String, CheckRun> runs = new LinkedHashMap<>();
        Map<String, int[]> openAndAccepted = new LinkedHashMap<>();
        FindingHistory history = in.history();
        RemediationTally tally = new RemediationTally(history.previousAsOf());
        IdTable current = new IdTable();
        List<Judging> judging = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Control control : in.catalog().controls()) {
            Check check = checks.get(control.id());
            if (control.evidence() != EvidenceKind.ATTESTATION && ToolEvidenceCheck.applies(in.catalog(),
                    control.id())) {
                check = new ToolEvidenceCheck(control.id(), check, in.catalog(), disagreements::add);
            }
            if (control.evidence() == EvidenceKind.ATTESTATION || check == null) {
                continue;
            }
            int[] counts = new int[2];
            openAndAccepted.put(control.id(), counts);
            CheckRun run = new CheckRun(control.id(), failure -> {
                Finding finding = finding(control, failure, exceptions, in.asOf(),
                        in.policy().deadlineDays(severity(control, failure)), history);
                store.add(finding);
                tally.add(finding);
                if (history.previousAsOf() != null) {
                    current.or(finding.id(), 1);
                }
                if (finding.status() == FindingStatus.ACCEPTED) {
                    counts[1]++;
                    acceptedBy.merge(finding.exception(), 1, Integer::sum);
                } else {
                    counts[0]++;
                }
            });
            runs.put(control.id(), run);
            judging.add(new Judging(check.start(context), run));
        }
        KpiCalculator calculator = new KpiCalculator(in);
        // a large inventory is read back from disk on a second core while this one judges
        Prefetch.forEach(identities, "trustmap-identities", identity -> {
            calculator.add(identity);
            for (Judging j : judging) {
                j.judgement().judge(identity, j.run());
            }
        });
        judging.forEach(j -> j.judgement().finish(j.run()));

        List<ControlResult> results = new ArrayList<>();
        int open = 0;
        int accepted = 0;
        for (Control control : in.catalog().controls()) {
            ControlResult automated = null;
            if (control.evidence() != EvidenceKind.ATTESTATION) {
                CheckRun run = runs.get(control.id());
                if (run == null) {
                    automated = ControlStatusRule.automated(control.id(), 0, 0, 0, 0,
                            "no automated check exists for this control", in.policy().partialPassRatePercent());
                } else {
                    int[] counts = openAndAccepted.get(control.id());
                    open += counts[0];
                    accepted += counts[1];
                    automated = ControlStatusRule.automated(control.id(), run.passed(), counts[0], counts[1],
                            run.notAssessed(), run.noEvidence(), in.policy().partialPassRatePercent());
                }
            }
            ControlResult result = automated;
            if (control.evidence() != EvidenceKind.AUTOMATED) {
                ControlResult attested = ControlStatusRule.attested(control.id(), newest(attestations, control.id()));
                result = automated == null ? attested : ControlStatusRule.combined(automated, attested);
            }
            results.add(result);
        }
        // by severity, control, identity and credential: the store keeps them so
        List<Finding> findings = store.findings();
        List<AppliedException> counted = exceptions.stream()
                .map(e -> new AppliedException(e.grant(), e.state(), e.why(),
                        acceptedBy.getOrDefault(e.grant().id(), 0), e.expiresWithin30Days()))
                .toList();
        List<ResolvedFinding> resolved = resolved(history, current, in.asOf());
        resolved.forEach(tally::resolved);
        var kpis = calculator.kpis(runs, open, accepted, counted);
        var scores = new Scores(in.catalog(), results, runs);
        var frameworks = new FrameworkStatusRule(in.catalog(), results);
        return new Assessment(in.asOf(), in.policy(), in.catalog().version(), in.catalog().digest(), results,
                findings, kpis, scores.domains(null), scores.lanes(), scores.domainsByLane(), frameworks.summaries(),
                frameworks.items(), MaturityRule.of(results), counted, attestations, controlOwners(in),
                calculator.orphanedIdentities(), warnings, tally.remediation(), resolved, disagreements);
    }

    /**
     * Warns of identity attestations that name no identity of the inventory: the check passes over them, but an
     * answer for an identity that is not there is most often a typing error or an inventory that lost a source.
     */
    private static void unknownIdentities(List<Attestation> identityAttestations, InventoryIndex index,
            List<InputProblem> warnings) {
        int unknown = 0;
        for (Attestation a : identityAttestations) {
            if (index.hasId(a.identityId())) {
                continue;
            }
            if (++unknown <= UNKNOWN_IDENTITIES_LISTED) {
                warnings.add(new InputProblem(a.source(), null, a.controlId() + " attestation for identity_id '"
                        + a.identityId() + "', which is no identity of the inventory; it was not used.",
                        "Check the id against the inventory, or import the source that holds the identity."));
            }
        }
        if (unknown > UNKNOWN_IDENTITIES_LISTED) {
            warnings.add(new InputProblem("attestations", null, (unknown - UNKNOWN_IDENTITIES_LISTED)
                    + " more identity attestations name no identity of the inventory; they were not used.",
                    "Check that the inventory holds every source the review was sent from."));
        }
    }

    /**
     * The findings of the quarter before that this quarter does not have, in that quarter's order. Days open run
     * from when the finding was first seen (by the earlier pack, or by the earliest quarter that had it) to this
     * as-of instant, when it is seen to be gone.
     */
    private static List<ResolvedFinding> resolved(FindingHistory history, IdTable current, Instant asOf) {
        List<ResolvedFinding> resolved = new ArrayList<>();
        history.previousFindings(f -> {
            if (current.contains(f.id())) {
                return;
            }
            FindingHistory.Seen seen = history.seen(f.id());
            Instant first = seen != null && seen.firstSeen().isBefore(f.firstSeen()) ? seen.firstSeen() : f.firstSeen();
            resolved.add(new ResolvedFinding(f.id(), f.control(), f.subject(), f.severity(), first,
                    Math.max(0, Duration.between(first, asOf).toDays())));
        });
        return resolved;
    }

    /** The first named owner of each control in the control-owner sheet, in catalog order. */
    private static Map<String, String> controlOwners(AssessmentInputs in) {
        Map<String, String> owners = new LinkedHashMap<>();
        if (in.controlOwners() != null) {
            for (Control control : in.catalog().controls()) {
                in.controlOwners().stream()
                        .filter(o -> control.id().equals(o.controlId()) && o.owner() != null && !o.owner().isBlank())
                        .findFirst().ifPresent(o -> owners.put(control.id(), o.owner().strip()));
            }
        }
        return owners;
    }

    private static Severity severity(Control control, CheckRun.Failure failure) {
        return failure.severity() != null ? failure.severity() : control.severity();
    }

    /**
     * The finding a failure becomes: accepted where an active exception covers it; its clock started by the evidence,
     * by the earliest earlier quarter that had it, or now; due that day plus the severity's deadline.
     */
    private static Finding finding(Control control, CheckRun.Failure failure, List<AppliedException> exceptions,
            Instant asOf, int deadlineDays, FindingHistory history) {
        String identity = failure.subject().identity();
        AppliedException active = null;
        AppliedException expired = null;
        for (AppliedException e : exceptions) {
            if (!e.grant().controlId().equals(control.id()) || !ExceptionRules.matches(e.grant(), identity)) {
                continue;
            }
            if (e.state() == ExceptionState.ACTIVE && active == null) {
                active = e;
            } else if (e.state() == ExceptionState.EXPIRED && expired == null) {
                expired = e;
            }
        }
        Severity severity = severity(control, failure);
        FindingStatus status = active != null ? FindingStatus.ACCEPTED : FindingStatus.OPEN;
        String exception = active != null ? active.grant().id() : expired != null ? expired.grant().id() : null;
        String note = active != null ? "accepted until " + active.grant().expiresOn()
                : expired != null ? "exception " + expired.grant().id() + " expired on "
                        + expired.grant().expiresOn() : null;
        String id = FindingIds.of(control.id(), identity, failure.subject().credential());
        FindingHistory.Seen seen = history.seen(id);
        Instant firstSeen;
        FirstSeenBy by;
        if (failure.since() != null) {
            firstSeen = failure.since().isAfter(asOf) ? asOf : failure.since();
            by = FirstSeenBy.EVIDENCE;
        } else if (seen != null) {
            firstSeen = seen.firstSeen();
            by = FirstSeenBy.HISTORY;
        } else {
            firstSeen = asOf;
            by = FirstSeenBy.THIS_QUARTER;
        }
        Change change = seen == null ? Change.NEW : seen.inPrevious() ? Change.PERSISTING : Change.REOPENED;
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        LocalDate due = LocalDate.ofInstant(firstSeen, ZoneOffset.UTC).plusDays(deadlineDays);
        int daysOverdue = status == FindingStatus.OPEN && today.isAfter(due)
                ? (int) ChronoUnit.DAYS.between(due, today) : 0;
        return new Finding(id, control.id(), failure.subject(), severity, failure.observed(), failure.limit(), status,
                exception, note, firstSeen, by, due, daysOverdue, change, failure.remediation());
    }

    private static AppliedAttestation newest(List<AppliedAttestation> attestations, String controlId) {
        return attestations.stream().filter(a -> a.used() && a.attestation().controlId().equals(controlId))
                .findFirst().orElse(null);
    }
}
