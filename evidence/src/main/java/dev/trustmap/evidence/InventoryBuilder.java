package dev.trustmap.evidence;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what the importers read, file by file, and merges it into one inventory: identities with the same id
 * become one, enrichments join the identities they describe, and leaked secrets are linked to the credential
 * whose id or fingerprint they carry.
 */
public final class InventoryBuilder implements ImportSink {

    private final ImportOptions options;
    private final Map<String, Identity> identities = new TreeMap<>();
    private final Map<String, Identity> enrichments = new HashMap<>();
    private final Map<String, LeakedSecret> leaks = new java.util.LinkedHashMap<>();
    private final List<InputProblem> warnings = new ArrayList<>();
    private final List<SourceSummary> sources = new ArrayList<>();

    private EvidenceFile file;
    private String source;
    private Set<String> fileIdentities;
    private int fileCredentials;
    private int fileLeaks;
    private int fileSkipped;

    public InventoryBuilder(ImportOptions options) {
        this.options = options;
    }

    @Override
    public ImportOptions options() {
        return options;
    }

    /** Starts counting for one file read by the importer with this source key. */
    public void startFile(EvidenceFile evidenceFile, String sourceKey) {
        this.file = evidenceFile;
        this.source = sourceKey;
        this.fileIdentities = new HashSet<>();
        this.fileCredentials = 0;
        this.fileLeaks = 0;
        this.fileSkipped = 0;
    }

    /** Closes the current file's counts and returns them. */
    public SourceSummary endFile() {
        return endFile(fileIdentities.size());
    }

    /** Closes the current file's counts, stating how many identities it contributed to (an owners sheet). */
    public SourceSummary endFile(int identityCount) {
        SourceSummary summary = new SourceSummary(file.name(), source, file.sha256(), identityCount,
                fileCredentials, fileLeaks, fileSkipped);
        sources.add(summary);
        file = null;
        return summary;
    }

    @Override
    public void identity(Identity identity) {
        Identity stamped = identity.toBuilder().addSource(source).build();
        identities.merge(identity.id(), stamped, Identity::mergedWith);
        fileIdentities.add(identity.id());
        fileCredentials += identity.credentials().size();
    }

    @Override
    public void enrichment(Identity partial) {
        enrichments.merge(partial.id(), partial.toBuilder().addSource(source).build(), Identity::mergedWith);
        fileCredentials += partial.credentials().size();
    }

    @Override
    public void leak(LeakedSecret leak) {
        // the same finding in two reports (a re-run, an overlapping scan) is one leak
        if (leaks.putIfAbsent(leak.id(), leak) == null) {
            fileLeaks++;
        }
    }

    @Override
    public void warning(InputProblem problem) {
        warnings.add(problem);
    }

    @Override
    public void badRow(InputProblem problem) {
        if (!options.skipBadRows()) {
            throw new InputException(new InputProblem(problem.file(), problem.location(), problem.message(),
                    problem.fix() == null ? "Correct the row, or run with --skip-bad-rows to skip and list it."
                            : problem.fix() + " Or run with --skip-bad-rows to skip and list it."));
        }
        warnings.add(new InputProblem(problem.file(), problem.location(), "skipped: " + problem.message(),
                problem.fix()));
        fileSkipped++;
    }

    /** Replaces an identity already collected (owner sheets apply their overrides this way). */
    public void replace(Identity identity) {
        identities.put(identity.id(), identity);
    }

    /** The identities collected so far, by id. */
    public Map<String, Identity> identities() {
        return java.util.Collections.unmodifiableMap(identities);
    }

    /** Merges enrichments, links leaks, and returns the inventory, identities sorted by id. */
    public Inventory build() {
        int dropped = 0;
        for (Identity partial : enrichments.values()) {
            Identity existing = identities.get(partial.id());
            if (existing == null) {
                dropped++;
            } else {
                identities.put(partial.id(), existing.mergedWith(partial));
            }
        }
        if (dropped > 0) {
            warnings.add(new InputProblem("(inventory)", "", dropped + " activity record" + (dropped == 1 ? "" : "s")
                    + " described identities that no other input lists; they were not added.",
                    "Import the export that lists those identities too (e.g. the applications with their sign-ins)."));
        }
        List<LeakedSecret> linked = linkLeaks();
        linked.sort(Comparator.comparing(LeakedSecret::id));
        return new Inventory(options.asOf(), sources, new ArrayList<>(identities.values()), linked, warnings);
    }

    private List<LeakedSecret> linkLeaks() {
        Map<String, String[]> byKey = new HashMap<>();
        for (Identity identity : identities.values()) {
            for (Credential credential : identity.credentials()) {
                byKey.putIfAbsent("id:" + credential.id(), new String[] {identity.id(), credential.id()});
                if (credential.fingerprint() != null) {
                    byKey.putIfAbsent("fp:" + credential.fingerprint(), new String[] {identity.id(), credential.id()});
                }
            }
        }
        List<LeakedSecret> result = new ArrayList<>();
        for (LeakedSecret leak : leaks.values()) {
            String[] target = leak.keyId() == null ? null : byKey.get("id:" + leak.keyId());
            if (target == null && leak.secretFingerprint() != null) {
                target = byKey.get("fp:" + leak.secretFingerprint());
            }
            if (target == null) {
                result.add(leak);
                continue;
            }
            LeakedSecret linked = leak.linkedTo(target[0], target[1]);
            result.add(linked);
            Identity identity = identities.get(target[0]);
            String credentialId = target[1];
            List<Credential> credentials = identity.credentials().stream()
                    .map(c -> c.id().equals(credentialId) ? c.withLeak(linked.reference()) : c)
                    .toList();
            identities.put(identity.id(), identity.toBuilder().credentials(credentials).build());
        }
        return result;
    }
}
