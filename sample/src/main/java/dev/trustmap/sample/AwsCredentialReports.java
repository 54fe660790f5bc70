package dev.trustmap.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One IAM credential report per AWS account ({@code evidence/aws/credential-report-ACCOUNT.csv}), as
 * {@code aws iam get-credential-report} returns it decoded: the 22 columns, the root user first, then users. The
 * report names no key ids, only slots 1 and 2; {@code N/A} marks an empty slot or a key never used. Besides the
 * machine users the sample counts, each account lists its root user and two or three people who sign in to the
 * console.
 */
final class AwsCredentialReports implements EstatePart {

    static final long PART = 100;
    static final String SOURCE = "aws-credential-report";
    private static final long ACCOUNT = 1;
    private static final long ATTRIBUTES = 2;
    private static final long HUMANS = 3;
    private static final double CHURN = 0.03;
    private static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
            + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
            + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
            + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
            + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,"
            + "cert_2_active,cert_2_last_rotated";
    private static final List<String> ACCOUNT_NAMES = List.of("prod", "staging", "shared-services", "data",
            "sandbox", "security", "dev", "analytics", "payments-prod", "ml");
    private static final List<String> ACCOUNT_ENVIRONMENTS = List.of("prod", "staging", "prod", "prod", "dev",
            "prod", "dev", "prod", "prod", "staging");

    private enum Kind { WORKLOAD, PIPELINE, INTEGRATION, LEGACY, AGENT }

    private final Estate estate;
    private final Consumer<OwnerRow> owners;
    private final int users;
    private final int accounts;
    private int humans;

    AwsCredentialReports(Estate estate, Consumer<OwnerRow> owners) {
        this.estate = estate;
        this.owners = owners;
        this.users = estate.shape().aws();
        this.accounts = Math.max(1, Math.min(ACCOUNT_NAMES.size(), (users + 499) / 500));
    }

    /** The twelve-digit id of account {@code a}. */
    String accountId(int a) {
        return Long.toString(100_000_000_000L + SampleRandom.keyed(estate.time().seed(), PART, ACCOUNT, a)
                .nextLong(899_999_999_999L));
    }

    int accounts() {
        return accounts;
    }

    /** The people the reports list besides the machine users: a root user and two or three people per account. */
    int humans() {
        return humans;
    }

    /** The pattern naming every legacy user of an account, for exceptions. */
    String legacyPattern(int a) {
        return "arn:aws:iam::" + accountId(a) + ":user/legacy/*";
    }

    /** The pattern naming every CI user of an account. */
    String pipelinePattern(int a) {
        return "arn:aws:iam::" + accountId(a) + ":user/ci/*";
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        for (int a = 0; a < accounts; a++) {
            String account = accountId(a);
            String path = "evidence/aws/credential-report-" + account + ".csv";
            int rows = 0;
            int machines = 0;
            try (Writer out = files.text(path)) {
                out.write(HEADER);
                out.write('\n');
                for (String row : people(a, account)) {
                    out.write(row);
                    out.write('\n');
                    rows++;
                    humans++;
                }
                for (int slot = a; slot < users; slot += accounts) {
                    out.write(user(slot, a, account));
                    out.write('\n');
                    rows++;
                    machines++;
                }
            }
            files.tally(path, SOURCE, rows, machines);
        }
    }

    /** The root user and the people who sign in with passwords, MFA on, no keys. */
    private List<String> people(int a, String account) {
        SampleRandom r = estate.time().random(PART, HUMANS, a);
        long asOf = estate.asOf();
        long created = Timeline.HISTORY_START + r.nextLong(2 * 365 * Timeline.DAY);
        List<String> rows = new ArrayList<>();
        rows.add(Csv.row("<root_account>", "arn:aws:iam::" + account + ":root", Times.awsTime(created),
                "not_supported", Times.awsTime(asOf - r.nextLong(60 * Timeline.DAY)), "not_supported",
                "not_supported", "true", "false", "N/A", "N/A", "N/A", "N/A", "false", "N/A", "N/A", "N/A", "N/A",
                "false", "N/A", "false", "N/A"));
        int count = 2 + a % 2;
        int first = estate.people().pick(r);
        for (int i = 0; i < count; i++) {
            int person = (first + 7 * i) % estate.people().count();
            String name = estate.people().first(person).toLowerCase(java.util.Locale.ROOT) + "."
                    + estate.people().last(person).toLowerCase(java.util.Locale.ROOT);
            long since = created + r.nextLong(3 * 365 * Timeline.DAY);
            long changed = asOf - r.nextLong(300 * Timeline.DAY);
            rows.add(Csv.row(name, "arn:aws:iam::" + account + ":user/" + name, Times.awsTime(since), "true",
                    Times.awsTime(asOf - r.nextLong(20 * Timeline.DAY)), Times.awsTime(Math.max(since, changed)),
                    "N/A", "true", "false", "N/A", "N/A", "N/A", "N/A", "false", "N/A", "N/A", "N/A", "N/A",
                    "false", "N/A", "false", "N/A"));
        }
        return rows;
    }

    /** A machine user as drawn: {@code r} goes on to decide the rest of its row. */
    private record Drawn(long[] key, SampleRandom r, Kind kind, String base, long born, String path, String name) {
    }

    /** A machine user at the root path (no path in its ARN), with when it was created and whether it is an agent. */
    record RootUser(String name, int account, long born, boolean agent) {
    }

    /** A machine user's active first key, as a scanner sees it: when the key now in slot 1 was issued. */
    record ScannedKey(String arn, String name, String account, long issued) {
    }

    /** How many machine users of the first account a scanner's sample findings cover. */
    static final int SCANNED = 24;

    private final List<ScannedKey> scanned = new ArrayList<>();

    /** The first {@link #SCANNED} machine users of the first account with an active first key, once written. */
    List<ScannedKey> scanned() {
        return List.copyOf(scanned);
    }

    private Drawn drawn(int slot) {
        Timeline time = estate.time();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        Kind kind = Kind.values()[r.weighted(0.52, 0.20, 0.12, 0.12, 0.04)];
        String base = switch (kind) {
            case WORKLOAD -> Names.workload(r);
            case PIPELINE -> Names.pipeline(r);
            case INTEGRATION -> Names.integration(r);
            case LEGACY -> "legacy-" + Names.workload(r);
            case AGENT -> "bedrock-" + Names.agent(r);
        };
        long born = kind == Kind.AGENT ? Timeline.aiBirth(occupant.bornAt()) : occupant.bornAt();
        String path = switch (kind) {
            case PIPELINE -> "/ci/";
            case INTEGRATION -> "/integrations/";
            case LEGACY -> "/legacy/";
            default -> "/";
        };
        return new Drawn(key, r, kind, base, born, path, base + "-" + slot + Names.generation(occupant.generation()));
    }

    /** The machine users the reports list at the root path, in slot order: workloads and agents. */
    List<RootUser> rootUsers() {
        List<RootUser> found = new ArrayList<>();
        for (int slot = 0; slot < users; slot++) {
            Drawn d = drawn(slot);
            if (d.path().equals("/") && d.born() <= estate.asOf()) {
                found.add(new RootUser(d.name(), slot % accounts, d.born(), d.kind() == Kind.AGENT));
            }
        }
        return found;
    }

    private String user(int slot, int a, String account) {
        Timeline time = estate.time();
        Drawn d = drawn(slot);
        long[] key = d.key();
        SampleRandom r = d.r();
        Kind kind = d.kind();
        String base = d.base();
        long born = d.born();
        String name = d.name();
        String arn = "arn:aws:iam::" + account + ":user" + d.path() + name;
        Lifecycle.Hygiene hygiene = kind == Kind.LEGACY ? Lifecycle.Hygiene.NEGLECTED : Lifecycle.hygiene(r);
        int drawnKeys = r.weighted(0.05, 0.75, 0.20);
        boolean secondActive = r.chance(0.5);
        boolean password = r.chance(kind == Kind.LEGACY ? 0.3 : 0.04);
        // a machine user with a console password also has a key: with a password alone it would pass for a person
        int keys = password ? Math.max(1, drawnKeys) : drawnKeys;
        long passwordChanged = born + r.nextLong(200 * Timeline.DAY);
        long passwordUsed = time.asOf() - r.nextLong(40 * Timeline.DAY);
        boolean certificate = r.chance(0.02);
        long secondCreated = born + r.nextLong(500 * Timeline.DAY);
        // planned retirements fall in 2025 to 2028, and slip
        long decommission = Math.max(born + 200 * Timeline.DAY,
                Timeline.RETIREMENTS_FROM + r.nextLong(4 * 365 * Timeline.DAY));
        boolean plansDecommission = r.chance(kind == Kind.LEGACY ? 0.4 : 0.03);
        boolean statesClass = r.chance(0.1);

        long asOf = time.asOf();
        StringBuilder line = new StringBuilder(300);
        Csv.cell(line, name).append(',').append(arn).append(',').append(Times.awsTime(born)).append(',');
        if (password && passwordChanged <= asOf) {
            line.append("true,").append(Times.awsTime(Math.max(passwordUsed, passwordChanged))).append(',')
                    .append(Times.awsTime(passwordChanged)).append(",N/A,");
        } else {
            line.append("false,N/A,N/A,N/A,");
        }
        line.append("false");
        for (int k = 0; k < 2; k++) {
            long created = k == 0 ? born : secondCreated;
            long[] keyPath = Stewardship.append(key, k);
            SampleRandom kr = SampleRandom.keyed(time.seed(), keyPath, ATTRIBUTES);
            Lifecycle.Usage usage = Lifecycle.usage(kr);
            long dormant = Lifecycle.dormantSince(kr, created);
            String region = kr.pick(Names.REGIONS);
            String service = kr.pick(Names.AWS_SERVICES);
            boolean exists = k < keys && created <= asOf;
            if (!exists) {
                line.append(",false,N/A,N/A,N/A,N/A");
                continue;
            }
            boolean active = k == 0 || secondActive;
            long issued = Lifecycle.issuedAt(time, keyPath, created, active ? hygiene : Lifecycle.Hygiene.NEGLECTED);
            if (k == 0 && a == 0 && scanned.size() < SCANNED) {
                scanned.add(new ScannedKey(arn, name, account, issued));
            }
            long used = Lifecycle.lastUse(time, keyPath, active ? usage : Lifecycle.Usage.DORMANT,
                    Math.min(dormant, issued + 30 * Timeline.DAY), issued);
            line.append(',').append(active).append(',').append(Times.awsTime(issued)).append(',');
            if (used < 0) {
                line.append("N/A,N/A,N/A");
            } else {
                line.append(Times.awsTime(used)).append(',').append(region).append(',').append(service);
            }
        }
        if (certificate) {
            line.append(",true,").append(Times.awsTime(born)).append(",false,N/A");
        } else {
            line.append(",false,N/A,false,N/A");
        }

        Stewardship stewardship = Stewardship.of(estate, key, born);
        if (stewardship.documented()) {
            boolean unclear = password && keys > 0 && (kind == Kind.WORKLOAD || kind == Kind.LEGACY);
            owners.accept(new OwnerRow(arn, estate.email(stewardship.technicalOwner()),
                    stewardship.businessOwner() < 0 ? null : estate.email(stewardship.businessOwner()),
                    stewardship.purposeStated() ? purpose(kind, base) : null, Names.system(base),
                    ACCOUNT_ENVIRONMENTS.get(a),
                    unclear || statesClass ? actorClass(kind) : null,
                    plansDecommission ? Times.date(decommission) : null));
        }
        return line.toString();
    }

    private static String actorClass(Kind kind) {
        return switch (kind) {
            case WORKLOAD, LEGACY -> "workload";
            case PIPELINE -> "pipeline";
            case INTEGRATION -> "integration";
            case AGENT -> "ai_agent";
        };
    }

    private static String purpose(Kind kind, String base) {
        return switch (kind) {
            case WORKLOAD -> "Runs " + base + " outside the cluster";
            case PIPELINE -> "Deploys from CI: " + base;
            case INTEGRATION -> "Moves data for " + base;
            case LEGACY -> "Legacy batch job, kept until the migration ends";
            case AGENT -> "Calls Bedrock models for " + base;
        };
    }
}
