package dev.trustmap.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a user or role may do everything: an attached AdministratorAccess, a managed policy whose default
 * version allows {@code *} on {@code *}, such an inline policy, or (for users) any of these on one of its groups.
 * Unknown (null) when an attached policy or a group is missing from the export and nothing else proves privilege.
 */
final class Privilege {

    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    /** What a managed policy's default version allows. */
    enum Verdict { EVERYTHING, LIMITED, UNKNOWN }

    /** The privilege found for one entity: privileged (null = unknown), why, and the managed policies' names. */
    record Finding(Boolean privileged, String reason, List<String> scopes) {
    }

    private final Map<String, Verdict> policies = new HashMap<>();
    private final Map<String, Finding> groups = new HashMap<>();
    private final Set<String> missingPolicies = new TreeSet<>();
    private final Set<String> missingGroups = new TreeSet<>();

    void policy(String arn, Verdict verdict) {
        policies.put(arn, verdict);
    }

    /** Records a group's own privilege (call after every policy is known). */
    void group(String name, JsonNode group, String pointer) {
        groups.put(name, of(group, "GroupPolicyList", List.of(), pointer));
    }

    /** A group whose details could not be read: its members' privilege through it is unknown. */
    void unreadableGroup(String name) {
        groups.put(name, new Finding(null, null, List.of()));
    }

    /**
     * The privilege of a user, group or role.
     *
     * @param inlineField {@code UserPolicyList}, {@code GroupPolicyList} or {@code RolePolicyList}
     * @throws BadElement when an inline policy document cannot be read
     */
    Finding of(JsonNode entity, String inlineField, List<String> groupNames, String pointer) {
        String reason = null;
        boolean unknown = false;
        Set<String> scopes = new LinkedHashSet<>();
        for (JsonNode attached : entity.path("AttachedManagedPolicies")) {
            String arn = attached.path("PolicyArn").asText("");
            String name = attached.path("PolicyName").asText(Arns.lastSegment(arn));
            scopes.add(name);
            Verdict verdict = arn.equals(ADMINISTRATOR_ACCESS) ? Verdict.EVERYTHING : policies.get(arn);
            if (verdict == null) {
                missingPolicies.add(arn);
                unknown = true;
            } else if (verdict == Verdict.UNKNOWN) {
                unknown = true;
            } else if (verdict == Verdict.EVERYTHING && reason == null) {
                reason = arn.equals(ADMINISTRATOR_ACCESS) ? "attached managed policy AdministratorAccess"
                        : "attached managed policy " + name + " allows every action on every resource";
            }
        }
        int i = 0;
        for (JsonNode inline : entity.path(inlineField)) {
            String at = pointer + "/" + inlineField + "/" + i++ + "/PolicyDocument";
            JsonNode doc;
            try {
                doc = PolicyDocuments.parse(inline.get("PolicyDocument"));
            } catch (IllegalArgumentException e) {
                throw new BadElement(at, e.getMessage() + " in inline policy '"
                        + inline.path("PolicyName").asText() + "'.");
            }
            if (reason == null && PolicyDocuments.allowsEverything(doc)) {
                reason = "inline policy " + inline.path("PolicyName").asText()
                        + " allows every action on every resource";
            }
        }
        for (String groupName : groupNames) {
            Finding group = groups.get(groupName);
            if (group == null) {
                missingGroups.add(groupName);
                unknown = true;
                continue;
            }
            scopes.addAll(group.scopes());
            if (group.privileged() == null) {
                unknown = true;
            } else if (group.privileged() && reason == null) {
                reason = "through group " + groupName + ": " + group.reason();
            }
        }
        if (reason != null) {
            reason += boundaryNote(entity);
        }
        Boolean privileged = reason != null ? Boolean.TRUE : unknown ? null : Boolean.FALSE;
        return new Finding(privileged, reason, new ArrayList<>(scopes));
    }

    /** A permissions boundary caps what the policies grant; say so rather than guess what is left. */
    private String boundaryNote(JsonNode entity) {
        String boundary = entity.path("PermissionsBoundary").path("PermissionsBoundaryArn").asText("");
        if (boundary.isEmpty() || boundary.equals(ADMINISTRATOR_ACCESS)
                || policies.get(boundary) == Verdict.EVERYTHING) {
            return "";
        }
        return " (the permissions boundary " + Arns.lastSegment(boundary) + " may limit it)";
    }

    Set<String> missingPolicies() {
        return missingPolicies;
    }

    Set<String> missingGroups() {
        return missingGroups;
    }
}
