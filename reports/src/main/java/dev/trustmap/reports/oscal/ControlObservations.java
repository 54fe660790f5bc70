package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.vocabulary.EvidenceKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One observation per control result: how the control was judged and how its population fared, as counts. Never a
 * row per identity: the findings behind the counts are in findings.csv, not here.
 */
final class ControlObservations {

    /** Not in OSCAL's list (EXAMINE, INTERVIEW, TEST, UNKNOWN), which admits others: a check run over exports. */
    static final String AUTOMATED = "AUTOMATED";
    /** A person's signed attestation, examined. */
    static final String EXAMINE = "EXAMINE";

    private final Assessment assessment;
    private final Catalog catalog;
    private final String period;
    private final Parties parties;
    private final String platform;

    ControlObservations(Assessment assessment, Catalog catalog, String period, Parties parties, String platform) {
        this.assessment = assessment;
        this.catalog = catalog;
        this.period = period;
        this.parties = parties;
        this.platform = platform;
    }

    List<OscalObject> build() {
        List<OscalObject> observations = new ArrayList<>();
        for (ControlResult result : assessment.controls()) {
            observations.add(observation(result));
        }
        return observations;
    }

    private OscalObject observation(ControlResult result) {
        Optional<Control> control = catalog.control(result.id());
        List<Attestation> attestations = assessment.attestations().stream()
                .filter(a -> a.used() && result.id().equals(a.attestation().controlId()))
                .map(AppliedAttestation::attestation).toList();
        List<OscalObject> actors = new ArrayList<>();
        actors.add(OscalObject.of().put("type", "assessment-platform").put("actor-uuid", platform));
        attestations.stream().map(a -> parties.uuidOf(a.attestedBy())).filter(Objects::nonNull).distinct()
                .forEach(party -> actors.add(OscalObject.of().put("type", "party").put("actor-uuid", party)));
        return OscalObject.of()
                .put("uuid", OscalIds.observation(period, result.id()))
                .put("title", OscalText.line(result.id() + " " + control.map(Control::title).orElse("")))
                .put("description", OscalText.markup(description(result)))
                .put("props", new Props().add("control", result.id()).add("control-status", result.status().key())
                        .add("evidence-kind", control.map(c -> c.evidence().key()).orElse(null)).list())
                .put("methods", methods(control.map(Control::evidence).orElse(null), attestations))
                .put("origins", List.of(OscalObject.of().put("actors", actors)))
                .put("relevant-evidence", evidence(result, control, attestations))
                .put("collected", OscalTime.of(assessment.asOf()))
                .put("expires", OscalTime.of(expires(result, attestations)));
    }

    private static List<String> methods(EvidenceKind kind, List<Attestation> attestations) {
        if (kind == null) {
            return List.of(attestations.isEmpty() ? AUTOMATED : EXAMINE);
        }
        return switch (kind) {
            case AUTOMATED -> List.of(AUTOMATED);
            case ATTESTATION -> List.of(EXAMINE);
            case AUTOMATED_AND_ATTESTATION -> List.of(AUTOMATED, EXAMINE);
        };
    }

    private static String description(ControlResult r) {
        StringBuilder text = new StringBuilder(words(r.status().key())).append('.');
        if (r.population() > 0) {
            text.append(String.format(Locale.ROOT, " Of %s judged, %d passed, %d failed, %d failed but were accepted"
                    + " by an exception and %d could not be judged for want of evidence", subjects(r.population()),
                    r.passed(), r.failed(), r.accepted(), r.notAssessed()));
            String rate = passRate(r);
            text.append(rate == null ? "." : ": a pass rate of " + rate + "%.");
        }
        if (OscalText.string(r.basis()) != null) {
            text.append(" Basis: ").append(r.basis().strip()).append('.');
        }
        if (r.status() == ControlStatus.NOT_ASSESSED) {
            text.append(" Missing evidence is never a pass.");
        }
        return text.toString();
    }

    private static List<OscalObject> evidence(ControlResult r, Optional<Control> control,
            List<Attestation> attestations) {
        List<OscalObject> evidence = new ArrayList<>();
        boolean automated = control.map(c -> c.evidence() != EvidenceKind.ATTESTATION).orElse(attestations.isEmpty());
        if (automated || r.population() > 0) {
            String counts = r.population() == 0 ? "The check had no subject to judge."
                    : String.format(Locale.ROOT, "The check's counts over its population of %s: %d passed, %d failed,"
                            + " %d accepted by an exception, %d not judged.", subjects(r.population()), r.passed(),
                            r.failed(), r.accepted(), r.notAssessed());
            evidence.add(OscalObject.of()
                    .put("description", OscalText.markup(counts))
                    .put("props", new Props().add("population", r.population()).add("passed", r.passed())
                            .add("failed", r.failed()).add("accepted", r.accepted())
                            .add("not-assessed", r.notAssessed()).add("pass-rate", passRate(r)).list()));
        }
        for (Attestation a : attestations) {
            evidence.add(OscalObject.of()
                    .put("href", link(a.evidence()))
                    .put("description", OscalText.markup(attestation(a)))
                    .put("props", new Props().add("attested-by", a.attestedBy()).add("attested-on", a.attestedOn())
                            .add("valid-until", a.validUntil()).add("attestation-status", a.status()).list()));
        }
        if (evidence.isEmpty()) {
            evidence.add(OscalObject.of().put("description", "No attestation was given for this control."));
        }
        return evidence;
    }

    private static String attestation(Attestation a) {
        StringBuilder text = new StringBuilder("Attestation by ").append(Objects.requireNonNullElse(
                OscalText.string(a.attestedBy()), "(no one named)"));
        if (a.attestedOn() != null) {
            text.append(" on ").append(a.attestedOn());
        }
        text.append(": ").append(Objects.requireNonNullElse(OscalText.string(a.status()), "(no status)"));
        text.append(a.validUntil() == null ? ", with no end of validity" : ", valid until " + a.validUntil());
        text.append('.');
        if (OscalText.string(a.evidence()) != null) {
            text.append(" Evidence: ").append(a.evidence().strip()).append('.');
        }
        if (OscalText.string(a.notes()) != null) {
            text.append(" Notes: ").append(a.notes().strip());
        }
        return text.toString();
    }

    /** The evidence as a link when it is an absolute http(s) address; anything else stays in the description. */
    private static String link(String evidence) {
        String text = OscalText.string(evidence);
        if (text == null || text.contains(" ")) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            return web ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * When the observation stops holding: the end of the used attestation's validity, or the expiry of the first
     * active exception that accepted failures of the control, whichever comes first; null when neither applies.
     */
    private Instant expires(ControlResult r, List<Attestation> attestations) {
        List<Instant> ends = new ArrayList<>();
        attestations.forEach(a -> ends.add(OscalTime.endOf(a.validUntil())));
        for (AppliedException e : assessment.exceptions()) {
            if (e.state() == ExceptionState.ACTIVE && e.accepted() > 0 && r.id().equals(e.grant().controlId())) {
                ends.add(OscalTime.endOf(e.grant().expiresOn()));
            }
        }
        return ends.stream().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private static String subjects(int count) {
        return count + (count == 1 ? " subject" : " subjects");
    }

    /** The pass rate, or null when no subject could be judged and a rate would mean nothing. */
    private static String passRate(ControlResult r) {
        return r.population() - r.notAssessed() > 0 ? OscalText.number(r.passRate()) : null;
    }

    /** A status key ({@code not_met}) in words. */
    static String words(String status) {
        return switch (status) {
            case "met" -> "Met";
            case "partial" -> "Partly met";
            case "not_met" -> "Not met";
            case "not_assessed" -> "Not assessed";
            case "out_of_scope" -> "Out of scope";
            default -> status;
        };
    }
}
