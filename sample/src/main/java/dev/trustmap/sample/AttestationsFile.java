package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;
import java.io.IOException;
import java.io.Writer;

/**
 * Attestations ({@code attestations.yaml}, for {@code assess --attestations}) for the controls no export can show:
 * a control owner's statement, valid for six months, in most quarters since 2025 for the first control, in half of
 * them for the second and in a quarter of them for the third, whose newest statement has often gone stale. Earlier
 * statements stay in the file.
 */
final class AttestationsFile implements EstatePart {

    static final String PATH = "attestations.yaml";
    private static final long PART = 1200;
    private static final Quarter FIRST = new Quarter(2025, 1);
    private static final String[] STATUSES = {"implemented", "partial", "not_implemented"};
    private static final double[] REVIEWS_PER_QUARTER = {0.8, 0.5, 0.25};

    private final Estate estate;

    AttestationsFile(Estate estate) {
        this.estate = estate;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        Timeline time = estate.time();
        int written = 0;
        try (Writer out = files.text(PATH)) {
            out.write("kind: attestations\nattestations:\n");
            for (int q = FIRST.index(); q <= time.period().index(); q++) {
                for (int c = 0; c < SampleControls.ATTESTED.size(); c++) {
                    SampleRandom r = time.random(PART, c, q);
                    boolean attested = q == FIRST.index() || r.chance(REVIEWS_PER_QUARTER[c]);
                    long on = time.timeIn(q, r);
                    int status = r.weighted(0.5, 0.35, 0.15);
                    int person = estate.people().pick(r);
                    if (!attested || on > time.asOf()) {
                        continue;
                    }
                    String control = SampleControls.ATTESTED.get(c);
                    String quarter = Quarter.ofIndex(q).toString();
                    out.write("  - control_id: " + Yaml.quoted(control) + "\n");
                    out.write("    status: " + STATUSES[status] + "\n");
                    out.write("    attested_by: " + Yaml.quoted(estate.email(person)) + "\n");
                    out.write("    attested_on: " + Times.date(on) + "\n");
                    out.write("    valid_until: " + Times.date(on + 182 * Timeline.DAY) + "\n");
                    out.write("    evidence: " + Yaml.quoted("https://wiki." + estate.organisation().domain() + "/iam/"
                            + control.toLowerCase(java.util.Locale.ROOT) + "-review-" + quarter.toLowerCase(
                            java.util.Locale.ROOT)) + "\n");
                    out.write("    notes: " + Yaml.quoted(note(control, status)) + "\n");
                    written++;
                }
            }
        }
        files.tally(PATH, "attestations", written, 0);
    }

    private static String note(String control, int status) {
        String subject = switch (control) {
            case "ACT-05" -> "Agent tool calls are logged against their workload identity";
            case "AXS-04" -> "Agent tool calls pass the policy decision point";
            default -> "Third-party identities have a vendor owner and an exit plan";
        };
        return subject + (status == 0 ? "." : status == 1 ? ", except for the pilot agents." : ": not yet.");
    }
}
