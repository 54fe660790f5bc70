package dev.trustmap.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The owners workbook ({@code evidence/owners.xlsx}), in the layout {@code trustmap owners template} writes: the
 * Identity owners sheet, with a row for every cloud identity whose owner has been written down (the others are
 * the gaps ACT-02 finds), and the Control owners sheet, where most controls have an owner and a yearly review
 * that is sometimes late. The people directory is a separate export, {@code people.csv}.
 */
final class OwnersWorkbookFile implements EstatePart {

    static final String PATH = "evidence/owners.xlsx";
    private static final long PART = 1000;
    private static final List<String> TEAMS = List.of("IAM", "Cloud Platform", "Security Engineering", "GRC",
            "AI Platform", "Developer Experience");
    private static final long YEAR = 365 * Timeline.DAY;

    private final Estate estate;
    private final List<OwnerRow> owners;

    OwnersWorkbookFile(Estate estate, List<OwnerRow> owners) {
        this.estate = estate;
        this.owners = owners;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        XlsxWriter workbook = new XlsxWriter(estate.asOf());
        List<String[]> identities = new ArrayList<>(owners.size());
        for (OwnerRow o : owners) {
            identities.add(new String[] {o.identityId(), o.technicalOwner(), o.businessOwner(), o.purpose(),
                o.system(), o.environment(), o.actorClass(), o.decommissionOn()});
        }
        workbook.sheet("Identity owners", List.of("identity_id", "technical_owner", "business_owner", "purpose",
                "system", "environment", "actor_class", "decommission_on"), new int[] {48, 30, 30, 40, 24, 16, 16, 16},
                identities);
        List<String[]> controls = controlOwners();
        workbook.sheet("Control owners", List.of("control_id", "owner", "backup_owner", "team", "review_due"),
                new int[] {16, 30, 30, 24, 16}, controls);
        try (OutputStream out = files.binary(PATH)) {
            workbook.write(out);
        }
        files.tally(PATH, "owners", identities.size() + (long) controls.size(), 0);
    }

    /**
     * One row per control that has an owner by the period: most from the start, the rest appointed at a third a
     * quarter. Reviews are due yearly; each is held up to four months late, and the due date moves on only once
     * it has been held.
     */
    private List<String[]> controlOwners() {
        Timeline time = estate.time();
        long asOf = time.asOf();
        long from = Timeline.CHURN_START.start().getEpochSecond();
        List<String[]> rows = new ArrayList<>();
        List<String> ids = estate.spec().controlIds();
        for (int i = 0; i < ids.size(); i++) {
            SampleRandom r = time.random(PART, i);
            boolean ownedFromStart = r.chance(0.85);
            int owner = estate.people().pick(r);
            int backup = r.chance(0.6) ? estate.people().pick(r) : -1;
            String team = r.pick(TEAMS);
            long firstDue = from + r.nextLong(YEAR);
            if (!ownedFromStart && time.firstEvent(0.3, from, PART, i, 1) < 0) {
                continue;
            }
            long due = firstDue;
            for (int k = 0; ; k++) {
                long held = due + SampleRandom.keyed(time.seed(), PART, i, 2, k).nextLong(120 * Timeline.DAY)
                        - 30 * Timeline.DAY;
                if (held > asOf) {
                    break;
                }
                due += YEAR;
            }
            rows.add(new String[] {ids.get(i), estate.email(owner), backup < 0 ? null : estate.email(backup), team,
                Times.date(due)});
        }
        return rows;
    }
}
