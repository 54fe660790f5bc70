package dev.trustmap.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code aws iam get-account-authorization-details}: users and roles with their privilege (managed, inline and
 * group policies), roles' last use and the identity providers they trust. Groups and policies are read first, as
 * users and roles refer to them; the document is held once, as a tree.
 */
public final class AuthorizationDetailsImporter implements Importer {

    private static final List<String> LISTS = List.of("UserDetailList", "GroupDetailList", "RoleDetailList",
            "Policies");

    @Override
    public String source() {
        return "aws-authorization-details";
    }

    @Override
    public String describe() {
        return "AWS IAM account authorization details (JSON of aws iam get-account-authorization-details)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && head.json() && (head.hasJsonKey("UserDetailList") || head.hasJsonKey("RoleDetailList")
                || head.hasJsonKey("GroupDetailList")
                || head.hasJsonKey("Policies") && head.hasJsonKey("PolicyVersionList"));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        JsonNode root = JsonInput.read(file);
        if (!root.isObject() || LISTS.stream().noneMatch(root::has)) {
            throw new InputException(new InputProblem(file.name(), "/", "expected the JSON object that aws iam "
                    + "get-account-authorization-details prints (UserDetailList, GroupDetailList, RoleDetailList, "
                    + "Policies).", "Export it with: aws iam get-account-authorization-details --output json"));
        }
        for (String list : LISTS) {
            if (root.has(list) && !root.get(list).isArray()) {
                throw new InputException(new InputProblem(file.name(), "/" + list, "expected a list.",
                        "Check the file is the CLI's unmodified JSON output."));
            }
        }
        if (root.path("IsTruncated").asBoolean(false)) {
            sink.warning(new InputProblem(file.name(), "/IsTruncated", "this is one page of the output: users, "
                    + "groups, roles and policies on later pages are missing.", "Export again without --max-items "
                    + "or --no-paginate, so the CLI joins every page."));
        }
        Privilege privilege = new Privilege();
        each(root, "Policies", file, sink, (policy, at) -> readPolicy(policy, at, privilege, file, sink));
        each(root, "GroupDetailList", file, sink, (group, at) -> {
            String name = group.path("GroupName").asText("");
            try {
                privilege.group(name, group, at);
            } catch (BadElement e) {
                privilege.unreadableGroup(name);
                throw e;
            }
        });
        each(root, "UserDetailList", file, sink, (user, at) -> sink.identity(user(user, at, privilege)));
        each(root, "RoleDetailList", file, sink, (role, at) -> sink.identity(role(role, at, privilege, file)));
        warnMissing(file, sink, privilege);
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json();
    }

    /** Calls {@code read} for each element of a list; an element that cannot be read is a bad row. */
    private static void each(JsonNode root, String list, EvidenceFile file, ImportSink sink,
            BiConsumer<JsonNode, String> read) {
        int i = 0;
        for (JsonNode element : root.path(list)) {
            String at = "/" + list + "/" + i++;
            try {
                if (!element.isObject()) {
                    throw new BadElement(at, "expected an object, found " + element.getNodeType() + ".");
                }
                read.accept(element, at);
            } catch (BadElement e) {
                sink.badRow(new InputProblem(file.name(), e.pointer(), e.getMessage(),
                        "Correct the element, or export the details again."));
            }
        }
    }

    private static void readPolicy(JsonNode policy, String at, Privilege privilege, EvidenceFile file,
            ImportSink sink) {
        String arn = JsonInput.text(policy, "Arn");
        if (arn == null) {
            throw new BadElement(at, "the policy has no Arn.");
        }
        String defaultId = JsonInput.text(policy, "DefaultVersionId");
        int v = 0;
        for (JsonNode version : policy.path("PolicyVersionList")) {
            String versionAt = at + "/PolicyVersionList/" + v++ + "/Document";
            boolean isDefault = version.path("IsDefaultVersion").asBoolean(false)
                    || defaultId != null && defaultId.equals(JsonInput.text(version, "VersionId"));
            if (!isDefault) {
                continue; // only the default version is in force
            }
            try {
                JsonNode doc = PolicyDocuments.parse(version.get("Document"));
                privilege.policy(arn, PolicyDocuments.allowsEverything(doc) ? Privilege.Verdict.EVERYTHING
                        : Privilege.Verdict.LIMITED);
            } catch (IllegalArgumentException e) {
                privilege.policy(arn, Privilege.Verdict.UNKNOWN);
                throw new BadElement(versionAt, e.getMessage() + " in policy '" + policy.path("PolicyName").asText()
                        + "'.");
            }
            return;
        }
        privilege.policy(arn, Privilege.Verdict.UNKNOWN);
        sink.warning(new InputProblem(file.name(), at, "the policy " + policy.path("PolicyName").asText(arn)
                + " has no default version in PolicyVersionList; what it grants is unknown.", null));
    }

    private static Identity user(JsonNode user, String at, Privilege privilege) {
        String arn = arn(user, at);
        String name = user.path("UserName").asText(Arns.lastSegment(arn));
        List<String> groups = new ArrayList<>();
        user.path("GroupList").forEach(g -> groups.add(g.asText()));
        Privilege.Finding found = privilege.of(user, "UserPolicyList", groups, at);
        // Authorization details show no sign-in method, only the name can say what the user is.
        ActorClassInference.Guess guess = ActorClassInference.fromName(name).orElse(null);
        return common(arn, name, found)
                .actorClass(guess == null ? null : guess.actorClass())
                .actorClassReason(guess == null ? null : guess.reason())
                .build();
    }

    private static Identity role(JsonNode role, String at, Privilege privilege, EvidenceFile file) {
        String arn = arn(role, at);
        String name = role.path("RoleName").asText(Arns.lastSegment(arn));
        Privilege.Finding found = privilege.of(role, "RolePolicyList", List.of(), at);
        Instant lastUsed = roleLastUsed(role, at);
        RoleTrust trust;
        try {
            trust = RoleTrust.of(PolicyDocuments.parse(role.get("AssumeRolePolicyDocument")));
        } catch (IllegalArgumentException e) {
            throw new BadElement(at + "/AssumeRolePolicyDocument", e.getMessage() + " in the role's trust policy.");
        }
        ActorClassInference.Guess guess = trust.actorClass();
        if (guess == null) {
            guess = ActorClassInference.fromNameOr(name, ActorClass.WORKLOAD, "IAM role");
        }
        Identity.Builder identity = common(arn, name, found)
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason())
                .lastUsedAt(lastUsed);
        if (trust.federated()) {
            JsonNode maxSession = role.get("MaxSessionDuration"); // present in get-role output, absent here usually
            // The role's last use is the federation's only when federation is the only way to assume it. IAM keeps
            // no date for the trust itself, so the credential has no creation time.
            identity.addCredential(new Credential(arn + "#federated", CredentialKind.FEDERATED, ManagedBy.PLATFORM,
                    Boolean.TRUE, null, null, trust.onlyFederated() ? lastUsed : null, null,
                    maxSession != null && maxSession.canConvertToLong() ? maxSession.asLong() : null, null,
                    List.of(), new Origin(file.name(), at + "/AssumeRolePolicyDocument")));
        }
        return identity.build();
    }

    private static Identity.Builder common(String arn, String name, Privilege.Finding found) {
        return Identity.builder(arn)
                .name(name)
                .platform("aws")
                .account(Arns.account(arn))
                .status("active")
                .privileged(found.privileged())
                .privilegeReason(found.reason())
                .scopes(found.scopes());
    }

    private static String arn(JsonNode entity, String at) {
        String arn = JsonInput.text(entity, "Arn");
        if (arn == null) {
            throw new BadElement(at, "the element has no Arn.");
        }
        if (Arns.account(arn) == null) {
            throw new BadElement(at + "/Arn", "expected an IAM ARN (arn:aws:iam::<account>:...), found '" + arn
                    + "'.");
        }
        return arn;
    }

    /** {@code RoleLastUsed: {}} means no use recorded (IAM tracks role use for 400 days). */
    private static Instant roleLastUsed(JsonNode role, String at) {
        String value = JsonInput.text(role.path("RoleLastUsed"), "LastUsedDate");
        try {
            return Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadElement(at + "/RoleLastUsed/LastUsedDate", "expected an ISO-8601 time in LastUsedDate, "
                    + "found '" + value + "'.");
        }
    }

    private static void warnMissing(EvidenceFile file, ImportSink sink, Privilege privilege) {
        if (!privilege.missingPolicies().isEmpty()) {
            sink.warning(new InputProblem(file.name(), "/Policies", count(privilege.missingPolicies(),
                    "managed polic", "y is", "ies are") + " attached but not listed in Policies, so whether "
                    + "they grant everything is unknown: " + sample(privilege.missingPolicies()) + ".",
                    "Export without --filter, or with LocalManagedPolicy and AWSManagedPolicy included."));
        }
        if (!privilege.missingGroups().isEmpty()) {
            sink.warning(new InputProblem(file.name(), "/GroupDetailList", count(privilege.missingGroups(),
                    "group", " is", "s are") + " named in users' GroupList but not listed in GroupDetailList, so "
                    + "what they grant is unknown: " + sample(privilege.missingGroups()) + ".",
                    "Export without --filter, or with Group included."));
        }
    }

    private static String count(Set<String> items, String stem, String one, String many) {
        return items.size() + " " + stem + (items.size() == 1 ? one : many);
    }

    private static String sample(Set<String> items) {
        List<String> first = items.stream().limit(5).toList();
        return String.join(", ", first) + (items.size() > 5 ? " and " + (items.size() - 5) + " more" : "");
    }
}
