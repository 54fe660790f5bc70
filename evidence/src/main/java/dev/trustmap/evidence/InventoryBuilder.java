package dev.trustmap.evidence;

import dev.trustmap.evidence.IdentityRuns.Sent;
import dev.trustmap.evidence.MergedIdentities.Link;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.evidence.sheet.IdentityOwner;
import dev.trustmap.evidence.sheet.OwnersApplication;
import dev.trustmap.mappings.Suggestions;
import dev.trustmap.model.collection.Prefetch;
import dev.trustmap.model.collection.SpillFolder;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Collects what the importers read, file by file, and merges it into one inventory: identities with the same id
 * become one, owners sheets apply their rows, enrichments join the identities they describe, and leaked secrets
 * are linked to the credential whose id or fingerprint they carry.
 *
 * <p>Memory stays bounded whatever the estate's size: records are held by id only up to a limit, then written to
 * temporary files as sorted runs; {@link #build} merges the runs by id, one identity at a time, and a large
 * inventory's identities are written merged to one more file and read back on every walk. A small import never
 * touches the disk. Either way the inventory is the same.
 */
public final class InventoryBuilder implements ImportSink {

    /**
     * Identity and activity records held before they are written to disk. A record holds about 2 to 3 KB, so
     * this keeps well under a 256 MB heap while sparing imports of tens of thousands of identities any temporary
     * file.
     */
    static final int DEFAULT_MEMORY_LIMIT = 50_000;

    private final ImportOptions options;
    private final int memoryLimit;
    private final SpillFolder folder = new SpillFolder("trustmap-import-", "the import");
    private final IdentityRuns identities = new IdentityRuns("identities", folder);
    private final IdentityRuns enrichments = new IdentityRuns("activity", folder);
    private final IdentityRuns aliased = new IdentityRuns("aliased", folder);
    /** Second names to the ids they stand for; one entry per service principal, the one thing held whole. */
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, LeakedSecret> leaks = new LinkedHashMap<>();
    private final List<InputProblem> warnings = new ArrayList<>();
    /** Every file started, in order; a record carries its file's position here. */
    private final List<FileSink> files = new ArrayList<>();
    private int held;
    private volatile boolean abandoned;

    /** The file between {@link #startFile} and {@link #endFile}, when the builder is used as the sink itself. */
    private FileSink file;

    /**
     * Where one file's importer sends what it reads, and what the file contributed (how many identities is only
     * known when the records are merged). Its records go to the builder as they come; the rest waits for
     * {@link #close}. Used by one thread at a time: the one reading the file.
     */
    public final class FileSink implements ImportSink {
        private final int number;
        private final EvidenceFile file;
        private final String source;
        private final List<String[]> aliases = new ArrayList<>();
        private final List<LeakedSecret> leaks = new ArrayList<>();
        private final List<InputProblem> warnings = new ArrayList<>();
        private String sha256;
        private boolean ended;
        private int identities;
        private int credentials;
        private int leakCount;
        private int skipped;
        /** The identity-owner sheet of an owners workbook, applied during the merge. */
        private OwnersApplication owners;

        private FileSink(int number, EvidenceFile file, String source) {
            this.number = number;
            this.file = file;
            this.source = source;
        }

        @Override
        public ImportOptions options() {
            return options;
        }

        @Override
        public void identity(Identity identity) {
            hold(InventoryBuilder.this.identities, number, sourced(identity));
            credentials += identity.credentials().size();
        }

        @Override
        public void enrichment(Identity partial) {
            hold(enrichments, number, sourced(partial));
            credentials += partial.credentials().size();
        }

        @Override
        public void alias(String alias, String id) {
            aliases.add(new String[] {alias, id});
        }

        @Override
        public void identityByAlias(Identity identity) {
            hold(aliased, number, sourced(identity));
            credentials += identity.credentials().size();
        }

        @Override
        public void leak(LeakedSecret found) {
            leaks.add(SecretGuard.leak(found));
        }

        @Override
        public void warning(InputProblem problem) {
            warnings.add(SecretGuard.problem(problem));
        }

        @Override
        public void badRow(InputProblem row) {
            InputProblem problem = SecretGuard.problem(row);
            if (!options.skipBadRows()) {
                throw new InputException(new InputProblem(problem.file(), problem.location(), problem.message(),
                        problem.fix() == null ? "Correct the row, or run with --skip-bad-rows to skip and list it."
                                : problem.fix() + " Or run with --skip-bad-rows to skip and list it."));
            }
            warnings.add(new InputProblem(problem.file(), problem.location(), "skipped: " + problem.message(),
                    problem.fix()));
            skipped++;
        }

        /** The reading of the file has ended: its digest is known. */
        public void end() {
            sha256 = file.sha256();
            ended = true;
        }

        private Identity sourced(Identity identity) {
            return SecretGuard.identity(identity).toBuilder().addSource(source).build();
        }

        private SourceSummary summary() {
            return new SourceSummary(file.name(), source, sha256, owners != null ? owners.updated() : identities,
                    credentials, leakCount, skipped);
        }
    }

    public InventoryBuilder(ImportOptions options) {
        this(options, DEFAULT_MEMORY_LIMIT);
    }

    /** @param memoryLimit identity and activity records held in memory before they are written to disk */
    InventoryBuilder(ImportOptions options, int memoryLimit) {
        if (memoryLimit < 1) {
            throw new IllegalArgumentException("memoryLimit must be positive, not " + memoryLimit);
        }
        this.options = options;
        this.memoryLimit = memoryLimit;
    }

    /**
     * Starts counting for one file read by the importer with this source key; what an importer then sends to this
     * builder is the file's, until {@link #endFile}.
     */
    public void startFile(EvidenceFile evidenceFile, String sourceKey) {
        file = open(evidenceFile, sourceKey);
    }

    /**
     * Closes the current file's counts. Its summary is among the inventory's sources; the identities it
     * contributed are counted when the records are merged, in {@link #build}.
     */
    public void endFile() {
        file.end();
        close(file);
        file = null;
    }

    /**
     * A sink for one file, numbered after those opened before it, which may be read on a thread of its own while
     * other files are read into theirs. Its identity records join the others as they come (in any order across
     * files: each record carries its file's number, and {@link #build} merges an id's records in file order); its
     * aliases, leaks and warnings are kept with it until it is {@linkplain #close closed}. Open files in the order
     * a sequential import would read them, and close them in that order, each once its reading has ended.
     */
    public FileSink open(EvidenceFile evidenceFile, String sourceKey) {
        FileSink sink = new FileSink(files.size(), evidenceFile, sourceKey);
        files.add(sink);
        return sink;
    }

    /**
     * Takes in a file's aliases, leaks and warnings, as a sequential import would have at the point where it ended
     * that file. Call from the thread that builds, in the order the files were opened.
     */
    public void close(FileSink sink) {
        if (!sink.ended) {
            throw new IllegalStateException(sink.file.name() + " is closed before its reading ended");
        }
        absorb(sink);
    }

    private void absorb(FileSink sink) {
        sink.aliases.forEach(pair -> aliases.putIfAbsent(pair[0], pair[1]));
        for (LeakedSecret leak : sink.leaks) {
            // the same finding in two reports (a re-run, an overlapping scan) is one leak: the first file's
            if (leaks.putIfAbsent(leak.id(), leak) == null) {
                sink.leakCount++;
            }
        }
        warnings.addAll(sink.warnings);
        sink.aliases.clear();
        sink.leaks.clear();
        sink.warnings.clear();
    }

    /**
     * The identity-owner rows of the owners workbook being read (between {@link #startFile} and {@link #endFile}).
     * They are applied in {@link #build}, after the identities are merged and before enrichments join them, sheet
     * after sheet in the order given, and override what importers found or inferred. The file's identity count is
     * then how many identities its rows changed.
     */
    public void owners(List<IdentityOwner> rows) {
        file.owners = new OwnersApplication(rows);
    }

    @Override
    public ImportOptions options() {
        return options;
    }

    @Override
    public void identity(Identity identity) {
        file.identity(identity);
    }

    @Override
    public void enrichment(Identity partial) {
        file.enrichment(partial);
    }

    @Override
    public void alias(String alias, String id) {
        file.alias(alias, id);
    }

    @Override
    public void identityByAlias(Identity identity) {
        file.identityByAlias(identity);
    }

    @Override
    public void leak(LeakedSecret found) {
        file.leak(found);
    }

    @Override
    public void warning(InputProblem problem) {
        if (file == null) { // before any file: a file skipped as unknown, say
            warnings.add(SecretGuard.problem(problem));
        } else {
            file.warning(problem);
        }
    }

    @Override
    public void badRow(InputProblem row) {
        file.badRow(row);
    }

    /**
     * Stops the files still being read at their next record: the import has failed (another file could not be
     * read), and what they would add is no longer wanted.
     */
    public void abandon() {
        abandoned = true;
    }

    /** Files a record with its file's number; at the limit everything held is written out as runs and let go. */
    private synchronized void hold(IdentityRuns runs, int number, Identity identity) {
        if (abandoned) {
            throw new CancellationException("the import has failed");
        }
        runs.add(number, identity);
        if (++held >= memoryLimit) {
            identities.spill();
            enrichments.spill();
            aliased.spill();
            held = 0;
        }
    }

    /**
     * Files each record sent under a second name with the identity that name stands for, now that every file has
     * given its aliases; a record whose name no file gave keeps it. Counted in a warning, as such an identity is
     * likely the same as one listed under its other name in an export that was not imported.
     */
    private void resolveAliases() {
        int unresolved = 0;
        try (IdentityRuns.Groups groups = aliased.groups()) {
            while (groups.hasNext()) {
                String target = aliases.get(groups.peekId());
                for (Sent sent : groups.next()) {
                    identities.addLate(sent.file(), target == null ? sent.identity() : sent.identity().withId(target));
                    if (++held >= memoryLimit) { // not hold(): the aliased runs are being read
                        identities.spill();
                        held = 0;
                    }
                    unresolved += target == null ? 1 : 0;
                }
            }
        }
        if (unresolved > 0) {
            warnings.add(new InputProblem("(inventory)", "", unresolved + " record" + (unresolved == 1 ? "" : "s")
                    + " named an identity only by the platform's object id (entra-sp:..., entra-app:...), which no"
                    + " other input lists; kept under that name.", "Import the service principal and application"
                    + " lists too (az ad sp list --all, az ad app list --all), so they join the applications they"
                    + " belong to."));
        }
    }

    /**
     * Merges everything collected and returns the inventory, identities sorted by id. Records sent under an alias
     * first join the identity it names (after that identity's own records). For each id, in id order:
     * its identity records merged in arrival order, then the owners sheets' rows for it, then its enrichments
     * (merged among themselves in arrival order); enrichments naming no identity are counted in a warning. Leaks
     * go to the first identity in id order holding a credential with the leak's key id, else the first holding its
     * fingerprint. Call once: what was collected is consumed.
     */
    public Inventory build() {
        if (file != null) { // started and never ended: its summary is left out, what it found is not
            absorb(file);
            file = null;
        }
        resolveAliases();
        List<OwnersApplication> sheets = files.stream().filter(f -> f.owners != null).map(f -> f.owners).toList();
        LeakTargets targets = new LeakTargets(leaks.values());
        int[] contributed = new int[files.size()];
        int dropped = 0;
        FirstFew droppedIds = new FirstFew();
        boolean large = identities.spilled() || enrichments.spilled();
        MergedIdentities.Writer spilled = large ? new MergedIdentities.Writer(folder) : null;
        List<Identity> merged = large ? null : new ArrayList<>();
        // a large import's records are read back and merged by id on a second core while this one merges each id's
        // records into one identity and writes it out
        try (IdentityRuns.Groups records = identities.groups(); IdentityRuns.Groups activity = enrichments.groups();
                Prefetch<List<Sent>> ahead = large ? Prefetch.of(records.iterator(), "trustmap-merge") : null) {
            Iterator<List<Sent>> groups = ahead != null ? ahead : records.iterator();
            while (groups.hasNext()) {
                List<Sent> group = groups.next();
                String id = group.get(0).identity().id();
                while (activity.hasNext() && activity.peekId().compareTo(id) < 0) {
                    droppedIds.offer(activity.peekId());
                    activity.next();
                    dropped++;
                }
                Identity identity = merge(group, contributed);
                for (OwnersApplication sheet : sheets) {
                    identity = sheet.apply(identity);
                }
                if (activity.hasNext() && activity.peekId().equals(id)) {
                    identity = identity.mergedWith(merge(activity.next(), null));
                }
                targets.offer(identity);
                if (large) {
                    spilled.add(identity);
                } else {
                    merged.add(identity);
                }
            }
            while (activity.hasNext()) {
                droppedIds.offer(activity.peekId());
                activity.next();
                dropped++;
            }
        } catch (RuntimeException e) {
            if (spilled != null) {
                spilled.close();
            }
            throw e;
        }

        List<Suggestions.Search> searches = sheets.stream().flatMap(s -> s.searches().stream()).toList();
        if (!searches.isEmpty()) {
            // a row naming no identity gets the closest ids as suggestions: one walk over the ids serves them all
            Consumer<String> offer = id -> searches.forEach(s -> s.offer(id));
            if (large) {
                spilled.eachId(offer);
            } else {
                merged.forEach(i -> offer.accept(i.id()));
            }
        }
        sheets.forEach(sheet -> warnings.addAll(sheet.warnings()));
        if (dropped > 0) {
            warnings.add(new InputProblem("(inventory)", "", dropped + " activity record" + (dropped == 1 ? "" : "s")
                    + " described identities that no other input lists; they were not added. First: "
                    + droppedIds + ".", "Import the export that lists those identities too (e.g. the applications"
                    + " with their sign-ins). A tool's findings on resources that are not identities (Prowler on a"
                    + " bucket) stay unmatched."));
        }

        Map<String, List<Link>> links = new HashMap<>();
        List<LeakedSecret> linked = new ArrayList<>();
        for (LeakedSecret leak : leaks.values()) {
            String[] target = targets.of(leak);
            if (target == null) {
                linked.add(leak);
                continue;
            }
            LeakedSecret link = leak.linkedTo(target[0], target[1]);
            linked.add(link);
            links.computeIfAbsent(target[0], k -> new ArrayList<>()).add(new Link(target[1], link.reference()));
        }
        linked.sort(Comparator.comparing(LeakedSecret::id));

        List<SourceSummary> sources = new ArrayList<>();
        for (FileSink counts : files) {
            if (counts.ended) {
                counts.identities = contributed[counts.number];
                sources.add(counts.summary());
            }
        }
        List<Identity> result;
        if (large) {
            result = spilled.finish(links);
        } else {
            for (ListIterator<Identity> walk = merged.listIterator(); walk.hasNext(); ) {
                Identity identity = walk.next();
                walk.set(MergedIdentities.linked(identity, links.get(identity.id())));
            }
            result = merged;
        }
        return new Inventory(options.asOf(), sources, result, linked, warnings);
    }

    /**
     * One id's records merged left to right in arrival order, as they would have been merged on arrival; each
     * file that sent one is counted once in {@code contributed} when given.
     */
    private static Identity merge(List<Sent> group, int[] contributed) {
        Identity identity = null;
        for (int k = 0; k < group.size(); k++) {
            Sent sent = group.get(k);
            identity = identity == null ? sent.identity() : identity.mergedWith(sent.identity());
            if (contributed != null && firstFromItsFile(group, k)) {
                contributed[sent.file()]++;
            }
        }
        return identity;
    }

    private static boolean firstFromItsFile(List<Sent> group, int k) {
        for (int j = 0; j < k; j++) {
            if (group.get(j).file() == group.get(k).file()) {
                return false;
            }
        }
        return true;
    }

    /** The first few ids of a list, for a message: "a, b, c and 4 more". */
    private static final class FirstFew {
        private static final int SHOWN = 3;
        private final List<String> ids = new ArrayList<>();
        private int more;

        void offer(String id) {
            if (ids.size() < SHOWN) {
                ids.add(id);
            } else {
                more++;
            }
        }

        @Override
        public String toString() {
            return String.join(", ", ids) + (more == 0 ? "" : " and " + more + " more");
        }
    }

    /**
     * The first identity, in id order, holding a credential with each key id or fingerprint the leaks carry.
     * Only those keys are remembered, so the merged identities can stream past.
     */
    private static final class LeakTargets {

        private final Map<String, String[]> first = new HashMap<>();

        LeakTargets(Iterable<LeakedSecret> leaks) {
            for (LeakedSecret leak : leaks) {
                if (leak.keyId() != null) {
                    first.put("id:" + leak.keyId(), null);
                }
                if (leak.secretFingerprint() != null) {
                    first.put("fp:" + leak.secretFingerprint(), null);
                }
            }
        }

        void offer(Identity identity) {
            if (first.isEmpty()) {
                return;
            }
            for (Credential credential : identity.credentials()) {
                remember("id:" + credential.id(), identity, credential);
                if (credential.fingerprint() != null) {
                    remember("fp:" + credential.fingerprint(), identity, credential);
                }
            }
        }

        private void remember(String key, Identity identity, Credential credential) {
            if (first.containsKey(key) && first.get(key) == null) {
                first.put(key, new String[] {identity.id(), credential.id()});
            }
        }

        /** The identity and credential ids the leak belongs to, or null when no credential matches it. */
        String[] of(LeakedSecret leak) {
            String[] target = leak.keyId() == null ? null : first.get("id:" + leak.keyId());
            if (target == null && leak.secretFingerprint() != null) {
                target = first.get("fp:" + leak.secretFingerprint());
            }
            return target;
        }
    }
}
