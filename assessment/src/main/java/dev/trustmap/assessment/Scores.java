package dev.trustmap.assessment;

import dev.trustmap.assessment.checks.CheckRun;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.Score;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roll-ups of control results. A score is the mean pass rate of the assessed controls in it; a control that is
 * not assessed is counted but not scored. In a lane, a control's pass rate is taken over that lane's subjects.
 * Green from 90, amber from 70, red below; grey when nothing was assessed.
 */
final class Scores {

    private final Catalog catalog;
    private final Map<String, ControlResult> results = new LinkedHashMap<>();
    private final Map<String, CheckRun> runs;

    Scores(Catalog catalog, List<ControlResult> results, Map<String, CheckRun> runs) {
        this.catalog = catalog;
        results.forEach(r -> this.results.put(r.id(), r));
        this.runs = runs;
    }

    /** One score per domain, over the controls that apply to the lane (null: every control). */
    List<Score> domains(Lane lane) {
        List<Score> scores = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            scores.add(score(domain.name(), catalog.controls().stream()
                    .filter(c -> c.domain() == domain)
                    .filter(c -> lane == null || c.lanes().contains(lane))
                    .toList(), lane));
        }
        return scores;
    }

    List<Score> lanes() {
        List<Score> scores = new ArrayList<>();
        for (Lane lane : List.of(Lane.MACHINE, Lane.AI)) {
            scores.add(score(lane.key(), catalog.controls().stream().filter(c -> c.lanes().contains(lane)).toList(),
                    lane));
        }
        return scores;
    }

    Map<String, List<Score>> domainsByLane() {
        Map<String, List<Score>> byLane = new LinkedHashMap<>();
        byLane.put(Lane.MACHINE.key(), domains(Lane.MACHINE));
        byLane.put(Lane.AI.key(), domains(Lane.AI));
        return byLane;
    }

    private Score score(String name, List<Control> controls, Lane lane) {
        int met = 0;
        int partial = 0;
        int notMet = 0;
        int notAssessed = 0;
        double sum = 0;
        int scored = 0;
        for (Control control : controls) {
            ControlResult result = results.get(control.id());
            switch (result.status()) {
                case MET -> met++;
                case PARTIAL -> partial++;
                case NOT_MET -> notMet++;
                case NOT_ASSESSED -> notAssessed++;
            }
            Double rate = result.status() == ControlStatus.NOT_ASSESSED ? null : passRate(control, result, lane);
            if (rate != null) {
                sum += rate;
                scored++;
            }
        }
        Double score = scored == 0 ? null : ControlStatusRule.round(sum / scored);
        return new Score(name, score, rag(score), controls.size(), met, partial, notMet, notAssessed);
    }

    /**
     * The control's pass rate in a lane: over that lane's subjects; the whole result's when the control is (partly)
     * attested or judges no identities (a control owner sheet, exceptions); null when the lane has nothing to judge.
     */
    private Double passRate(Control control, ControlResult result, Lane lane) {
        CheckRun run = runs.get(result.id());
        if (lane == null || run == null || control.evidence() != EvidenceKind.AUTOMATED) {
            return result.passRate();
        }
        int[] counts = run.countsOfLane(lane.key());
        int judged = counts[0] + counts[1];
        if (judged > 0) {
            return ControlStatusRule.round(100.0 * counts[0] / judged);
        }
        int[] others = run.countsOfLane("none");
        return others[0] + others[1] > 0 ? result.passRate() : null;
    }

    static String rag(Double score) {
        if (score == null) {
            return "grey";
        }
        return score >= 90 ? "green" : score >= 70 ? "amber" : "red";
    }
}
