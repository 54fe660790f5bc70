package dev.trustmap.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives one identity of the inventory sheet with its credentials: the AI agents, orchestrators and delegated
 * assistants with their delegation and scope, and the machine identities no cloud export lists (SaaS keys, vendor
 * accounts, on-premises service accounts, CI runners holding AWS keys).
 *
 * <p>Slots come in blocks of {@value #BLOCK}: the first of each block is an orchestrator, the others draw their
 * kind, and an agent may be a sub-agent of its block's orchestrator. A slot keeps its kind when its occupant is
 * replaced.
 */
final class InventoryRows {

    static final long PART = 800;
    static final int BLOCK = 20;
    private static final long KIND = 1;
    private static final long ATTRIBUTES = 2;
    private static final long CREDENTIAL = 3;
    private static final long FIX = 4;
    private static final long LEAK = 5;
    private static final long APPROVAL = 6;
    private static final long CURRENT = 7;
    private static final double CHURN = 0.03;
    private static final List<String> AI_PLATFORMS = List.of("openai", "anthropic", "azure-openai", "bedrock",
            "vertex-ai", "langgraph");
    private static final List<String> ONPREM = List.of("onprem", "vmware", "ldap", "mainframe");
    private static final long VENDOR_EXITS = java.time.LocalDate.of(2026, 1, 1).toEpochDay() * Timeline.DAY;
    private static final String AWS_KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    enum Kind { ORCHESTRATOR, AGENT, ASSISTANT, INTEGRATION, THIRD_PARTY, WORKLOAD, PIPELINE }

    /** One credential row; times are epoch seconds, -1 for an empty cell. */
    record Row(String id, String kind, long created, long rotated, long lastUsed, long expires, long ttl,
            boolean active) {
    }

    /**
     * An identity as the sheet writes it.
     *
     * @param cells the identity columns after identity_id, in the sheet's order (nulls are empty cells)
     */
    record SheetIdentity(String id, Kind kind, String[] cells, List<Row> rows, List<Leak> leaks) {
    }

    /** The block orchestrator as its sub-agents see it. */
    private record Parent(int slot, String id, String domain) {
    }

    private final Estate estate;
    private final List<String> nativeIds;
    private final double leakRate;
    private Parent parent;

    /**
     * @param nativeIds identities of the cloud exports an agent may execute as
     * @param leakRate leaks per quarter of each neglected CI access key
     */
    InventoryRows(Estate estate, List<String> nativeIds, double leakRate) {
        this.estate = estate;
        this.nativeIds = nativeIds;
        this.leakRate = leakRate;
    }

    /** The leak rate that gives about one leak per 120 identities (4 to 250) over the years to 2026. */
    static double leakRate(EstateShape shape) {
        double target = Math.max(4, Math.min(250, shape.identities() / 120.0));
        double candidates = Math.max(1, shape.inventory() * 0.052);
        return Math.min(0.08, target / (candidates * 10));
    }

    Kind kind(int slot) {
        if (slot % BLOCK == 0) {
            return Kind.ORCHESTRATOR;
        }
        int k = SampleRandom.keyed(estate.time().seed(), PART, slot, KIND).weighted(0.14, 0.06, 0.24, 0.12, 0.22,
                0.22);
        return Kind.values()[1 + k];
    }

    SheetIdentity identity(int slot) {
        Timeline time = estate.time();
        long asOf = time.asOf();
        Kind kind = kind(slot);
        Timeline.Occupant occupant = time.occupant(PART, slot, kind == Kind.ORCHESTRATOR ? 0.02 : CHURN);
        boolean ai = kind == Kind.ORCHESTRATOR || kind == Kind.AGENT || kind == Kind.ASSISTANT;
        long born = ai ? Timeline.aiBirth(occupant.bornAt()) : occupant.bornAt();
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        String suffix = "-" + slot + Names.generation(occupant.generation());

        // every draw is made whatever the kind and the period, in this order
        String domain = r.pick(Names.AI_DOMAINS);
        String service = Names.workload(r);
        String pipeline = Names.pipeline(r);
        String saas = r.pick(Names.SAAS);
        String vendor = Names.vendor(r);
        String role = r.pick(Names.AI_ROLES);
        String aiPlatform = r.pick(AI_PLATFORMS);
        String onprem = r.pick(ONPREM);
        int pipelinePlatform = r.weighted(0.55, 0.25, 0.20);
        int environment = r.weighted(0.58, 0.25, 0.15, 0.02);
        boolean statesClass = r.chance(0.6);
        double privilegedDraw = r.nextDouble();
        boolean disabled = r.chance(0.02);
        boolean plansDecommission = r.chance(kind == Kind.THIRD_PARTY ? 0.6 : 0.04);
        // a vendor's contract ends in 2026 to 2030; a planned retirement falls in 2025 to 2028, and slips
        long decommission = Math.max(born + 200 * Timeline.DAY, (kind == Kind.THIRD_PARTY ? VENDOR_EXITS
                : Timeline.RETIREMENTS_FROM) + r.nextLong(4 * 365 * Timeline.DAY));
        boolean wildcard = r.chance(kind == Kind.ORCHESTRATOR ? 0.25 : 0.05);
        boolean noScope = r.chance(0.08);
        boolean subAgent = r.chance(0.5);
        boolean overScoped = r.chance(0.2);
        boolean delegated = r.chance(0.15);
        int delegator = estate.people().pick(r);
        boolean taskAgent = r.chance(0.2);
        long taskLength = (2 + r.nextInt(60)) * Timeline.DAY;
        boolean taskCleanedUp = r.chance(0.7);
        boolean executesAs = r.chance(kind == Kind.ORCHESTRATOR ? 0.3 : 0.4);
        boolean executesAsMissing = r.chance(0.15);
        int target = r.nextInt(1 << 30);
        boolean approved = r.chance(0.8);
        int approver = estate.people().pick(r);
        boolean standing = r.chance(kind == Kind.ORCHESTRATOR ? 0.4 : 0.3);
        boolean longToken = r.chance(0.25);
        boolean taskScoped = r.chance(0.7);
        int credentials = r.weighted(0.25, 0.55, 0.20) + 1;
        Lifecycle.Hygiene hygiene = Lifecycle.hygiene(r);
        boolean purposeComma = r.chance(0.05);
        Stewardship stewardship = Stewardship.of(estate, key, born);

        // a sub-agent works in its orchestrator's domain
        Parent parentOf = kind == Kind.AGENT && subAgent ? parent(slot - slot % BLOCK) : null;
        if (parentOf != null) {
            domain = parentOf.domain();
        }
        String name;
        String id;
        String platform;
        String account;
        String actorClass;
        switch (kind) {
            case ORCHESTRATOR -> {
                name = domain + "-orchestrator";
                id = "agent:" + name + suffix;
                platform = aiPlatform;
                account = "org-" + estate.organisation().slug();
                actorClass = "ai_orchestrator";
            }
            case AGENT -> {
                name = domain + "-" + role + "-agent";
                id = "agent:" + name + suffix;
                platform = aiPlatform;
                account = "org-" + estate.organisation().slug();
                actorClass = statesClass ? "ai_agent" : null;
            }
            case ASSISTANT -> {
                name = domain + (role.length() % 2 == 0 ? "-assistant" : "-copilot");
                id = "assistant:" + name + suffix;
                platform = aiPlatform;
                account = "org-" + estate.organisation().slug();
                actorClass = "ai_assistant";
            }
            case INTEGRATION -> {
                name = saas + "-" + service.substring(0, service.indexOf('-')) + "-sync";
                id = saas + ":" + name + suffix;
                platform = saas;
                account = estate.organisation().slug();
                actorClass = statesClass ? "integration" : null;
            }
            case THIRD_PARTY -> {
                name = vendor;
                id = "vendor:" + name + suffix;
                platform = vendor.contains("sftp") ? "sftp" : "saas";
                account = vendor.split("-")[1];
                actorClass = statesClass ? "third_party" : null;
            }
            case WORKLOAD -> {
                name = service;
                id = onprem + ":svc-" + name + suffix;
                platform = onprem;
                account = onprem.equals("ldap") ? "ou=service-accounts" : "dc-" + (slot % 3 + 1);
                actorClass = "workload";
            }
            default -> {
                name = pipeline;
                id = "ci:" + name + suffix;
                platform = new String[] {"aws", "gitlab", "jenkins"}[pipelinePlatform];
                account = pipelinePlatform == 0 ? "210000000" + (100 + slot % 900) : estate.organisation().slug();
                actorClass = statesClass ? "pipeline" : null;
            }
        }
        String system = ai ? domain : kind == Kind.THIRD_PARTY ? vendor.split("-")[1] : Names.system(name);

        String scopes;
        if (kind == Kind.ORCHESTRATOR) {
            scopes = wildcard ? domain + ":*;documents:read" : domain + ":read;" + domain + ":write;documents:read;"
                    + "email:send";
        } else if (parentOf != null) {
            scopes = parentOf.domain() + ":read" + (overScoped ? ";" + parentOf.domain() + ":delete" : "");
        } else if (ai) {
            scopes = noScope ? null : wildcard ? "*" : domain + ":read;" + (kind == Kind.ASSISTANT ? "calendar:read;"
                    + "email:draft" : domain + ":write");
        } else if (kind == Kind.INTEGRATION) {
            scopes = saas + ":read;" + saas + ":write";
        } else {
            scopes = null;
        }

        // delegation, approval and tasks
        String onBehalfOf = kind == Kind.ASSISTANT || kind == Kind.AGENT && delegated ? estate.email(delegator)
                : null;
        long taskEnds = -1;
        if (kind == Kind.ASSISTANT && taskScoped) {
            taskEnds = asOf + Timeline.HOUR + SampleRandom.keyed(time.seed(), key, CURRENT * 100_000
                    + time.period().index()).nextLong(47 * Timeline.HOUR);
        } else if (kind == Kind.AGENT && taskAgent) {
            taskEnds = born + taskLength;
        }
        boolean taskOver = taskEnds >= 0 && taskEnds < asOf;
        String executes = null;
        if ((kind == Kind.AGENT || kind == Kind.ORCHESTRATOR) && executesAs) {
            executes = executesAsMissing || nativeIds.isEmpty() ? "svc-legacy-" + domain
                    : nativeIds.get(target % nativeIds.size());
        }
        String approvedBy = ai && approved ? estate.email(approver) : null;
        long approvalExpires = approvedBy == null ? -1 : approvalExpiry(key, born);

        // credentials
        List<Row> rows = new ArrayList<>();
        List<Leak> leaks = new ArrayList<>();
        for (int c = 0; c < credentials; c++) {
            credential(rows, leaks, kind, key, c, born, id, name, pipelinePlatform, hygiene, standing, longToken,
                    taskOver && taskCleanedUp ? taskEnds : -1);
        }

        String technical = stewardship.documented() ? estate.email(stewardship.technicalOwner()) : null;
        String business = stewardship.documented() && stewardship.businessOwner() >= 0
                ? estate.email(stewardship.businessOwner()) : null;
        String purpose = stewardship.documented() && stewardship.purposeStated()
                ? purpose(kind, name, domain, saas, purposeComma) : null;
        double privilegedShare = switch (kind) {
            case ORCHESTRATOR -> 0.2;
            case PIPELINE -> 0.15;
            case AGENT -> 0.1;
            case WORKLOAD -> 0.08;
            default -> 0.03;
        };
        String[] cells = {
            name, actorClass, platform, account,
            new String[] {"prod", "staging", "dev", "prod;staging"}[environment], system, technical, business,
            purpose, privilegedDraw < privilegedShare ? "yes" : "no", scopes, onBehalfOf, executes,
            parentOf == null ? null : parentOf.id(), approvedBy,
            approvalExpires < 0 ? null : Times.date(approvalExpires),
            taskEnds < 0 ? null : Times.iso(taskEnds), disabled ? "disabled" : "active",
            plansDecommission ? Times.date(decommission) : null};
        return new SheetIdentity(id, kind, cells, rows, leaks);
    }

    /**
     * An approval runs 180 days from creation and is renewed at each end, 24 times in 25; the first time it is
     * not, it stays expired.
     */
    private long approvalExpiry(long[] key, long born) {
        Timeline time = estate.time();
        long end = born + 180 * Timeline.DAY;
        for (int i = 0; end < time.asOf() && SampleRandom.keyed(time.seed(), key, APPROVAL * 1000 + i).chance(0.96);
                i++) {
            end += 180 * Timeline.DAY;
        }
        return end;
    }

    private Parent parent(int slot) {
        if (parent == null || parent.slot() != slot) {
            SheetIdentity orchestrator = identity(slot);
            parent = new Parent(slot, orchestrator.id(), orchestrator.cells()[5]);
        }
        return parent;
    }

    private void credential(List<Row> rows, List<Leak> leaks, Kind kind, long[] identityKey, int c, long born,
            String identityId, String name, int pipelinePlatform, Lifecycle.Hygiene hygiene, boolean standing,
            boolean longToken, long revokedWithTask) {
        Timeline time = estate.time();
        long asOf = time.asOf();
        long[] key = Stewardship.append(identityKey, CREDENTIAL * 10 + c);
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        long created = born + (c == 0 ? r.nextLong(2 * Timeline.DAY) : r.nextLong(400 * Timeline.DAY));
        Lifecycle.Usage usage = Lifecycle.usage(r);
        long dormant = Lifecycle.dormantSince(r, created);
        int variant = r.nextInt(100);
        long lifetime = (r.chance(0.5) ? 397 : 825) * Timeline.DAY;
        if (created > asOf) {
            return;
        }
        String kindKey = kindOf(kind, c, variant, pipelinePlatform, standing);
        boolean active = revokedWithTask < 0;
        switch (kindKey) {
            case "oauth_token" -> {
                // tokens are minted per session: the one in force at the period, or the last before the task ended
                long ttl = kind == Kind.ASSISTANT && longToken ? 30 * Timeline.DAY
                        : longToken ? 8 * Timeline.HOUR : Timeline.HOUR;
                long end = active ? asOf : Math.max(created, revokedWithTask);
                SampleRandom now = SampleRandom.keyed(time.seed(), key, CURRENT * 100_000 + time.period().index());
                long issued = Math.max(created, end - now.nextLong(ttl));
                long used = issued + now.nextLong(Math.max(1, end - issued));
                rows.add(new Row("oauth-" + now.hex(16), kindKey, issued, -1, used, issued + ttl, ttl,
                        active));
            }
            case "federated" -> rows.add(new Row("fic-" + r.hex(12), kindKey, created, -1,
                    Lifecycle.lastUse(time, key, usage, dormant, created), -1, -1, active));
            case "certificate" -> {
                long issued = Lifecycle.issuedAt(time, key, created, hygiene);
                String id = SampleRandom.keyed(time.seed(), key, Timeline.quarterOf(issued)).hex(64);
                rows.add(new Row(id, kindKey, issued, -1, Lifecycle.lastUse(time, key, usage, dormant, issued),
                        issued + lifetime, -1, active));
            }
            case "password" -> rows.add(new Row(identityId + "#password", kindKey, created,
                    nonOriginal(Lifecycle.issuedAt(time, key, created, hygiene), created),
                    Lifecycle.lastUse(time, key, usage, dormant, created), -1, -1, active));
            default -> staticSecret(rows, leaks, kind, key, r, kindKey, created, usage, dormant, hygiene, name,
                    active, standing && (kind == Kind.AGENT && c == 0 || kind == Kind.ORCHESTRATOR && c == 1));
        }
    }

    /**
     * A long-lived secret: rotated per the identity's hygiene, its id following each rotation. A standing secret of
     * an agent is replaced by per-session tokens at some point (a quarter of them each quarter). A CI runner's AWS
     * key that is never rotated may leak; most leaked keys are then revoked and replaced, some never.
     */
    private void staticSecret(List<Row> rows, List<Leak> leaks, Kind kind, long[] key, SampleRandom r, String kindKey,
            long created, Lifecycle.Usage usage, long dormant, Lifecycle.Hygiene hygiene, String name, boolean active,
            boolean agentStanding) {
        Timeline time = estate.time();
        long asOf = time.asOf();
        boolean expires = r.chance(0.5);
        int lag = r.weighted(0.4, 0.3, 0.1, 0.2);
        long lagTime = lag == 0 ? (1 + r.nextInt(5)) * Timeline.DAY : lag == 3 ? -1
                : (lag * 91 + r.nextInt(30)) * Timeline.DAY;
        String leakPath = r.pick(List.of("deploy/%s/terraform.tfvars", "scripts/%s/ci.env",
                ".github/workflows/%s.yml", "infra/%s/backend.conf"));
        int author = estate.people().pick(r);
        int line = 2 + r.nextInt(60);
        boolean awsKey = kindKey.equals("access_key");
        long issued = Lifecycle.issuedAt(time, key, created, hygiene);
        String id = secretId(kindKey, key, Timeline.quarterOf(issued));
        long expiry = kindKey.equals("personal_access_token") && expires ? issued + 365 * Timeline.DAY
                : kindKey.equals("client_secret") ? issued + 730 * Timeline.DAY : -1;
        long used = Lifecycle.lastUse(time, key, usage, dormant, issued);
        if (agentStanding) {
            long replaced = time.firstEvent(0.25, created, Stewardship.append(key, FIX));
            if (replaced >= 0) {
                rows.add(new Row(id, kindKey, created, nonOriginal(issued, created), Math.min(used, replaced),
                        expiry, -1, false));
                rows.add(new Row("oauth-" + SampleRandom.keyed(time.seed(), key, CURRENT * 100_000
                        + time.period().index()).hex(16), "oauth_token", asOf - 1_800, -1, asOf - 600,
                        asOf + 1_800, 3_600, active));
                return;
            }
        }
        if (awsKey && hygiene == Lifecycle.Hygiene.NEGLECTED && kind == Kind.PIPELINE) {
            long leaked = time.firstEvent(leakRate, Math.max(created, Timeline.CHURN_START.start().getEpochSecond()
                    - 365 * Timeline.DAY), Stewardship.append(key, LEAK));
            if (leaked >= 0) {
                String file = String.format(java.util.Locale.ROOT, leakPath, name.replaceAll("-\\d.*$", ""));
                leaks.add(new Leak("aws-access-token", "Identified a pattern that may indicate AWS credentials, "
                        + "risking unauthorized cloud resource access and data breaches on AWS platforms.", id,
                        "aws_access_key_id = " + id, file, line, leaked, author, "add " + name + " config"));
                long revoked = lagTime < 0 ? -1 : leaked + lagTime;
                if (revoked >= 0 && revoked <= asOf) {
                    rows.add(new Row(id, kindKey, created, nonOriginal(issued, created),
                            used < 0 ? -1 : Math.min(used, revoked), -1, -1, false));
                    rows.add(new Row(secretId(kindKey, key, Timeline.quarterOf(revoked) + 1_000), kindKey, revoked, -1,
                            Lifecycle.lastUse(time, Stewardship.append(key, LEAK), Lifecycle.Usage.DAILY, -1, revoked),
                            -1, -1, active));
                    return;
                }
            }
        }
        rows.add(new Row(id, kindKey, created, nonOriginal(issued, created), used, expiry, -1, active));
    }

    private String secretId(String kindKey, long[] key, long issue) {
        SampleRandom r = SampleRandom.keyed(estate.time().seed(), key, issue);
        return switch (kindKey) {
            case "access_key" -> "AKIA" + r.text(AWS_KEY, 16);
            case "personal_access_token" -> "pat-" + (100_000 + r.nextInt(900_000));
            case "ssh_key" -> "SHA256:" + r.text(BASE62, 43);
            case "client_secret" -> r.uuid();
            default -> "key_" + r.text(BASE62, 24);
        };
    }

    private static String kindOf(Kind kind, int c, int variant, int pipelinePlatform, boolean standing) {
        return switch (kind) {
            case ORCHESTRATOR -> c == 0 ? "oauth_token" : c == 1 ? (standing ? "api_key" : "oauth_token") : "federated";
            case AGENT -> c == 0 ? (standing ? "api_key" : "oauth_token") : c == 1 ? "federated" : "oauth_token";
            case ASSISTANT -> c == 2 ? "federated" : "oauth_token";
            case INTEGRATION -> c == 0 ? "api_key" : c == 1 ? (variant < 50 ? "api_key" : "oauth_token")
                    : "client_secret";
            case THIRD_PARTY -> c == 0 ? (variant < 50 ? "ssh_key" : "api_key") : c == 1 ? "api_key" : "certificate";
            case WORKLOAD -> c == 0 ? (variant < 35 ? "password" : variant < 70 ? "certificate" : "ssh_key")
                    : c == 1 ? (variant < 50 ? "certificate" : "ssh_key") : "api_key";
            case PIPELINE -> switch (pipelinePlatform) {
                case 0 -> c == 0 || c == 1 && variant < 30 ? "access_key" : c == 1 ? "ssh_key" : "api_key";
                case 1 -> c == 0 ? "personal_access_token" : "api_key";
                default -> c == 0 ? "api_key" : "ssh_key";
            };
        };
    }

    private static long nonOriginal(long issued, long created) {
        return issued == created ? -1 : issued;
    }

    private static String purpose(Kind kind, String name, String domain, String saas, boolean comma) {
        return switch (kind) {
            case ORCHESTRATOR -> "Plans and delegates " + domain + " work to sub-agents";
            case AGENT -> comma ? "Reads, classifies and routes " + domain + " cases" : "Handles " + domain
                    + " cases end to end";
            case ASSISTANT -> "Acts for one person on " + domain + " tasks";
            case INTEGRATION -> "Keeps " + saas + " in step with " + name.split("-")[1];
            case THIRD_PARTY -> "Vendor access: " + name.substring(name.indexOf('-', 7) + 1);
            case WORKLOAD -> "Runs " + name + " on premises";
            case PIPELINE -> comma ? "Builds, tests and deploys " + Names.system(name) : "Deploys "
                    + Names.system(name);
        };
    }
}
