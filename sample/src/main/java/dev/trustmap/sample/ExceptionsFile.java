package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The exceptions register ({@code exceptions.yaml}, for {@code assess --exceptions}): every exception approved by
 * the period, expired ones kept, as registers keep them. Approvals are spread over 2024 to 2027, one kind of
 * exception after another: legacy AWS users excused from rotation (by ARN pattern), an integration's idle key, an
 * agent whose vendor takes only API keys, an appliance with a password, CI users mid-migration with two keys; and
 * three that trustmap must refuse: approved by the requester, without an end, and longer than a year.
 */
final class ExceptionsFile implements EstatePart {

    static final String PATH = "exceptions.yaml";
    private static final long PART = 1100;
    private static final int KINDS = 8;

    private final Estate estate;
    private final AwsCredentialReports aws;

    ExceptionsFile(Estate estate, AwsCredentialReports aws) {
        this.estate = estate;
        this.aws = aws;
    }

    /** One exception for every 100 identities, 16 to 64, approved over four years. */
    static int count(int identities) {
        return Math.max(2 * KINDS, Math.min(8 * KINDS, identities / 100));
    }

    /** One exception as drawn: when it is approved, and the draws that decide the rest. */
    private record Draw(int index, long approved, int requester, int approver, int account, int candidate,
            long days) {
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        Timeline time = estate.time();
        List<Draw> draws = new ArrayList<>();
        for (int j = 0; j < count(estate.spec().identities()); j++) {
            SampleRandom r = time.random(PART, j);
            int quarter = Timeline.CHURN_START.index() + r.nextInt(16);
            draws.add(new Draw(j, time.timeIn(quarter, r), estate.people().pick(r), estate.people().pick(r),
                    r.nextInt(aws.accounts()), r.nextInt(1 << 30), 180 + r.nextInt(186)));
        }
        // numbered in order of approval, over all of them, so that an exception keeps its id in every period
        draws.sort(Comparator.comparingLong(Draw::approved).thenComparingInt(Draw::index));
        int written = 0;
        try (Writer out = files.text(PATH)) {
            out.write("kind: exceptions\nexceptions:\n");
            for (int n = 0; n < draws.size() && draws.get(n).approved() <= time.asOf(); n++) {
                exception(out, n + 1, draws.get(n));
                written++;
            }
            if (written == 0) {
                out.write("  []\n");
            }
        }
        files.tally(PATH, "exceptions", written, 0);
    }

    private void exception(Writer out, int number, Draw draw) throws IOException {
        long approved = draw.approved();
        int approver = draw.approver();
        int kind = draw.index() % KINDS;
        String control;
        String identity;
        String reason;
        String compensating;
        long expires = approved + draw.days() * Timeline.DAY;
        switch (kind) {
            case 0, 7 -> {
                control = SampleControls.ROTATION;
                identity = aws.legacyPattern(draw.account());
                reason = "The legacy batch host cannot load new keys without a release freeze";
                compensating = "Keys restricted to the batch subnet by an IAM condition";
                if (kind == 7) {
                    expires = approved + 500 * Timeline.DAY;
                }
            }
            case 1, 6 -> {
                control = SampleControls.UNUSED;
                long idle = approved - 90 * Timeline.DAY;
                identity = inventoryIdentity(Timeline.quarterOf(approved), InventoryRows.Kind.INTEGRATION,
                        draw.candidate(), i -> i.rows().stream().anyMatch(c -> c.lastUsed() < idle));
                reason = "Disaster-recovery sync, used only in a failover";
                compensating = "Alert on any use of the key";
                if (kind == 6) {
                    expires = -1;
                }
            }
            case 2 -> {
                control = SampleControls.AGENT_CREDENTIALS;
                identity = inventoryIdentity(Timeline.quarterOf(approved), InventoryRows.Kind.AGENT,
                        draw.candidate(), i -> i.rows().stream().anyMatch(c -> c.kind().equals("api_key")
                                && c.active()));
                reason = "The model vendor's SDK accepts only a static API key";
                compensating = "Key scoped to one project, spend limit, weekly review of its use";
            }
            case 3 -> {
                control = SampleControls.NO_PASSWORDS;
                identity = inventoryIdentity(Timeline.quarterOf(approved), InventoryRows.Kind.WORKLOAD,
                        draw.candidate(), i -> i.rows().stream().anyMatch(c -> c.kind().equals("password")));
                reason = "The appliance supports only password authentication";
                compensating = "Password vaulted and rotated by the PAM tool";
            }
            case 4 -> {
                control = SampleControls.SINGLE_KEY;
                identity = aws.pipelinePattern(draw.account());
                reason = "CI users hold two keys while pipelines move to OIDC federation";
                compensating = "Old keys deactivated as each pipeline moves";
            }
            default -> {
                control = SampleControls.ROTATION;
                identity = aws.legacyPattern(draw.account());
                reason = "Rotation postponed until the data-centre exit";
                compensating = "None recorded";
                approver = draw.requester();
            }
        }
        out.write("  - id: " + Yaml.quoted(String.format(Locale.ROOT, "EXC-%03d", number)) + "\n");
        out.write("    control_id: " + Yaml.quoted(control) + "\n");
        out.write("    identity: " + Yaml.quoted(identity) + "\n");
        out.write("    reason: " + Yaml.quoted(reason) + "\n");
        out.write("    requested_by: " + Yaml.quoted(estate.email(draw.requester())) + "\n");
        out.write("    approved_by: " + Yaml.quoted(estate.email(approver)) + "\n");
        out.write("    approved_on: " + Times.date(approved) + "\n");
        if (expires >= 0) {
            out.write("    expires_on: " + Times.date(expires) + "\n");
        }
        out.write("    compensating_control: " + Yaml.quoted(compensating) + "\n");
    }

    /**
     * The id, at the quarter of approval, of an inventory identity of the kind that has the problem excepted,
     * searched from a drawn slot; failing that, of the first of the kind (an exception may outlive its problem).
     */
    private String inventoryIdentity(int quarter, InventoryRows.Kind kind, int candidate,
            Predicate<InventoryRows.SheetIdentity> problem) {
        Estate then = estate.at(Quarter.ofIndex(quarter));
        InventoryRows rows = new InventoryRows(then, List.of(), 0);
        int count = estate.shape().inventory();
        String fallback = null;
        for (int i = 0; i < 400; i++) {
            int slot = (int) ((candidate + (long) i * 7919) % count);
            if (rows.kind(slot) == kind) {
                InventoryRows.SheetIdentity identity = rows.identity(slot);
                if (problem.test(identity)) {
                    return identity.id();
                }
                fallback = fallback == null ? identity.id() : fallback;
            }
        }
        return fallback != null ? fallback : rows.identity(candidate % count).id();
    }
}
