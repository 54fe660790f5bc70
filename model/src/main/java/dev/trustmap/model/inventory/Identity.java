package dev.trustmap.model.inventory;

import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One non-human (or AI-agent) identity with its credentials, merged from every source that reported it.
 * Null means the sources did not say.
 *
 * @param id the platform's identifier: user ARN, service-account email, appId, namespace/name, accessor...
 * @param platform aws, gcp, azure, kubernetes, github, vault, x509, or the sheet's value
 * @param account AWS account, GCP project, tenant, cluster, org
 * @param actorClassReason why trustmap believes the actor class, e.g. inferred from the name
 * @param status active, disabled or decommissioned; null when unknown
 * @param lastUsedAt identity-level activity where the platform reports it (an AWS role's RoleLastUsed)
 * @param sources the source keys that reported this identity
 * @param externalResults other tools' check results about this identity (Prowler findings), in the order read
 */
public record Identity(
        String id,
        String name,
        String platform,
        String account,
        ActorClass actorClass,
        String actorClassReason,
        String environment,
        String system,
        String status,
        Instant lastUsedAt,
        String technicalOwner,
        String businessOwner,
        String purpose,
        Boolean privileged,
        String privilegeReason,
        List<String> scopes,
        String onBehalfOf,
        String executesAs,
        String parentIdentity,
        String approvedBy,
        Instant approvalExpiresAt,
        Instant taskEndsAt,
        Instant decommissionOn,
        List<String> sources,
        List<Credential> credentials,
        List<ExternalResult> externalResults) {

    /**
     * {@link #onBehalfOf} of an identity that acts for every user of its tenant or organisation: a tenant-wide
     * (admin) consent to delegated permissions, rather than one person's delegation.
     */
    public static final String EVERY_USER = "every user (tenant-wide consent)";

    public Identity {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        externalResults = externalResults == null ? List.of() : List.copyOf(externalResults);
    }

    /** The same identity under another id: what a platform's second name for it turned out to name. */
    public Identity withId(String newId) {
        return new Identity(newId, name, platform, account, actorClass, actorClassReason, environment, system, status,
                lastUsedAt, technicalOwner, businessOwner, purpose, privileged, privilegeReason, scopes, onBehalfOf,
                executesAs, parentIdentity, approvedBy, approvalExpiresAt, taskEndsAt, decommissionOn, sources,
                credentials, externalResults);
    }

    /** The lane follows the actor class; null while the class is unknown. */
    public Lane lane() {
        return actorClass == null ? null : actorClass.lane();
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        return new Builder(id)
                .name(name)
                .platform(platform)
                .account(account)
                .actorClass(actorClass)
                .actorClassReason(actorClassReason)
                .environment(environment)
                .system(system)
                .status(status)
                .lastUsedAt(lastUsedAt)
                .technicalOwner(technicalOwner)
                .businessOwner(businessOwner)
                .purpose(purpose)
                .privileged(privileged)
                .privilegeReason(privilegeReason)
                .scopes(scopes)
                .onBehalfOf(onBehalfOf)
                .executesAs(executesAs)
                .parentIdentity(parentIdentity)
                .approvedBy(approvedBy)
                .approvalExpiresAt(approvalExpiresAt)
                .taskEndsAt(taskEndsAt)
                .decommissionOn(decommissionOn)
                .sources(sources)
                .credentials(credentials)
                .externalResults(externalResults);
    }

    /**
     * This identity as seen by another source too: fields this one lacks are taken from the other, credentials
     * are merged by id, sources are united, the later last use wins and privilege found anywhere counts; other
     * tools' results are kept from both, each once.
     */
    public Identity mergedWith(Identity other) {
        Map<String, Credential> byId = new LinkedHashMap<>();
        credentials.forEach(c -> byId.put(c.id(), c));
        other.credentials.forEach(c -> byId.merge(c.id(), c, Credential::mergedWith));
        LinkedHashSet<String> allSources = new LinkedHashSet<>(sources);
        allSources.addAll(other.sources);
        LinkedHashSet<String> allScopes = new LinkedHashSet<>(scopes);
        allScopes.addAll(other.scopes);
        LinkedHashSet<ExternalResult> allResults = new LinkedHashSet<>(externalResults);
        allResults.addAll(other.externalResults);
        boolean otherPrivileged = Boolean.TRUE.equals(other.privileged) && !Boolean.TRUE.equals(privileged);
        return toBuilder()
                .name(pick(name, other.name))
                .platform(pick(platform, other.platform))
                .account(pick(account, other.account))
                .actorClass(actorClass != null ? actorClass : other.actorClass)
                .actorClassReason(actorClass != null ? actorClassReason : other.actorClassReason)
                .environment(pick(environment, other.environment))
                .system(pick(system, other.system))
                .status(pick(status, other.status))
                .lastUsedAt(lastUsedAt == null || (other.lastUsedAt != null && other.lastUsedAt.isAfter(lastUsedAt))
                        ? other.lastUsedAt : lastUsedAt)
                .technicalOwner(pick(technicalOwner, other.technicalOwner))
                .businessOwner(pick(businessOwner, other.businessOwner))
                .purpose(pick(purpose, other.purpose))
                .privileged(otherPrivileged ? Boolean.TRUE : privileged != null ? privileged : other.privileged)
                .privilegeReason(otherPrivileged ? other.privilegeReason : pick(privilegeReason, other.privilegeReason))
                .scopes(new ArrayList<>(allScopes))
                .onBehalfOf(pick(onBehalfOf, other.onBehalfOf))
                .executesAs(pick(executesAs, other.executesAs))
                .parentIdentity(pick(parentIdentity, other.parentIdentity))
                .approvedBy(pick(approvedBy, other.approvedBy))
                .approvalExpiresAt(approvalExpiresAt != null ? approvalExpiresAt : other.approvalExpiresAt)
                .taskEndsAt(taskEndsAt != null ? taskEndsAt : other.taskEndsAt)
                .decommissionOn(decommissionOn != null ? decommissionOn : other.decommissionOn)
                .sources(new ArrayList<>(allSources))
                .credentials(new ArrayList<>(byId.values()))
                .externalResults(new ArrayList<>(allResults))
                .build();
    }

    private static String pick(String mine, String theirs) {
        return mine != null ? mine : theirs;
    }

    /** Builds an identity field by field; importers fill what their format knows. */
    public static final class Builder {
        private String id;
        private String name;
        private String platform;
        private String account;
        private ActorClass actorClass;
        private String actorClassReason;
        private String environment;
        private String system;
        private String status;
        private Instant lastUsedAt;
        private String technicalOwner;
        private String businessOwner;
        private String purpose;
        private Boolean privileged;
        private String privilegeReason;
        private List<String> scopes = new ArrayList<>();
        private String onBehalfOf;
        private String executesAs;
        private String parentIdentity;
        private String approvedBy;
        private Instant approvalExpiresAt;
        private Instant taskEndsAt;
        private Instant decommissionOn;
        private List<String> sources = new ArrayList<>();
        private List<Credential> credentials = new ArrayList<>();
        private List<ExternalResult> externalResults = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder platform(String value) {
            this.platform = value;
            return this;
        }

        public Builder account(String value) {
            this.account = value;
            return this;
        }

        public Builder actorClass(ActorClass value) {
            this.actorClass = value;
            return this;
        }

        public Builder actorClassReason(String value) {
            this.actorClassReason = value;
            return this;
        }

        public Builder environment(String value) {
            this.environment = value;
            return this;
        }

        public Builder system(String value) {
            this.system = value;
            return this;
        }

        public Builder status(String value) {
            this.status = value;
            return this;
        }

        public Builder lastUsedAt(Instant value) {
            this.lastUsedAt = value;
            return this;
        }

        public Builder technicalOwner(String value) {
            this.technicalOwner = value;
            return this;
        }

        public Builder businessOwner(String value) {
            this.businessOwner = value;
            return this;
        }

        public Builder purpose(String value) {
            this.purpose = value;
            return this;
        }

        public Builder privileged(Boolean value) {
            this.privileged = value;
            return this;
        }

        public Builder privilegeReason(String value) {
            this.privilegeReason = value;
            return this;
        }

        public Builder scopes(List<String> value) {
            this.scopes = value == null ? new ArrayList<>() : new ArrayList<>(value);
            return this;
        }

        public Builder onBehalfOf(String value) {
            this.onBehalfOf = value;
            return this;
        }

        public Builder executesAs(String value) {
            this.executesAs = value;
            return this;
        }

        public Builder parentIdentity(String value) {
            this.parentIdentity = value;
            return this;
        }

        public Builder approvedBy(String value) {
            this.approvedBy = value;
            return this;
        }

        public Builder approvalExpiresAt(Instant value) {
            this.approvalExpiresAt = value;
            return this;
        }

        public Builder taskEndsAt(Instant value) {
            this.taskEndsAt = value;
            return this;
        }

        public Builder decommissionOn(Instant value) {
            this.decommissionOn = value;
            return this;
        }

        public Builder sources(List<String> value) {
            this.sources = value == null ? new ArrayList<>() : new ArrayList<>(value);
            return this;
        }

        public Builder credentials(List<Credential> value) {
            this.credentials = value == null ? new ArrayList<>() : new ArrayList<>(value);
            return this;
        }

        public Builder addCredential(Credential credential) {
            this.credentials.add(credential);
            return this;
        }

        public Builder externalResults(List<ExternalResult> value) {
            this.externalResults = value == null ? new ArrayList<>() : new ArrayList<>(value);
            return this;
        }

        public Builder addExternalResult(ExternalResult result) {
            this.externalResults.add(result);
            return this;
        }

        public Builder addSource(String source) {
            if (!this.sources.contains(source)) {
                this.sources.add(source);
            }
            return this;
        }

        public Identity build() {
            return new Identity(id, name, platform, account, actorClass, actorClassReason, environment, system, status,
                    lastUsedAt, technicalOwner, businessOwner, purpose, privileged, privilegeReason, scopes, onBehalfOf,
                    executesAs, parentIdentity, approvedBy, approvalExpiresAt, taskEndsAt, decommissionOn, sources,
                    credentials, externalResults);
        }
    }
}
