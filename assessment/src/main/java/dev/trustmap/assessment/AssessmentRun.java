package dev.trustmap.assessment;

import dev.trustmap.assessment.checks.Checks;
import dev.trustmap.assessment.history.FindingHistory;
import dev.trustmap.assessment.policy.AttestationsReader;
import dev.trustmap.assessment.policy.ExceptionsReader;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.review.DecommissionDates;
import dev.trustmap.evidence.review.DecommissionsReader;
import dev.trustmap.evidence.sheet.OwnersValidation;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.OwnerNames;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.Decommission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Import then assess, as {@code assess} and {@code quarterly} both do: the exports and owners workbooks become an
 * inventory; the workbooks' people and control owners are checked against the catalog and handed to the engine with
 * the policy, exceptions and attestations.
 *
 * @param grants exceptions, or null when none were given
 * @param attestations attestations, or null when none were given
 * @param history the earlier quarters' findings, for each finding's clock and change
 * @param decommissions the decommission lists of owner reviews: dates applied to the identities before the checks
 */
public record AssessmentRun(Catalog catalog, Policy policy, Instant asOf, List<ExceptionGrant> grants,
        List<Attestation> attestations, boolean ignoreUnknown, FindingHistory history,
        List<Decommission> decommissions) {

    public AssessmentRun {
        decommissions = decommissions == null ? List.of() : List.copyOf(decommissions);
    }

    /** A run without decommission lists. */
    public AssessmentRun(Catalog catalog, Policy policy, Instant asOf, List<ExceptionGrant> grants,
            List<Attestation> attestations, boolean ignoreUnknown, FindingHistory history) {
        this(catalog, policy, asOf, grants, attestations, ignoreUnknown, history, List.of());
    }

    /** A run without earlier quarters. */
    public AssessmentRun(Catalog catalog, Policy policy, Instant asOf, List<ExceptionGrant> grants,
            List<Attestation> attestations, boolean ignoreUnknown) {
        this(catalog, policy, asOf, grants, attestations, ignoreUnknown, FindingHistory.none());
    }

    /** What a run produced: the inventory judged and its assessment. */
    public record Result(Inventory inventory, Assessment assessment) {
    }

    /** Imports {@code inputs} (files, or folders walked) and {@code ownerFiles}, and assesses them. */
    public Result run(List<Path> inputs, List<Path> ownerFiles, InventoryImport.Listener progress) {
        return imported(importer -> importer.run(inputs, null, ownerFiles, progress));
    }

    /** As {@link #run}, for files each named in messages as the user keeps it. */
    public Result runFiles(List<EvidenceFile> inputs, List<EvidenceFile> ownerFiles,
            InventoryImport.Listener progress) {
        return imported(importer -> importer.runFiles(inputs, null, ownerFiles, progress));
    }

    private interface Import {
        InventoryImport.Result of(InventoryImport importer);
    }

    /** Imports as {@code how} says, then assesses. */
    private Result imported(Import how) {
        InventoryImport.Result imported = how.of(new InventoryImport(Importers.all(), new ImportOptions(asOf, false),
                ignoreUnknown));
        CatalogControls controls = new CatalogControls(catalog);
        List<Person> directory = null;
        List<ControlOwner> controlOwners = null;
        List<InputProblem> ownerProblems = new ArrayList<>();
        for (OwnersWorkbook workbook : imported.owners()) {
            ownerProblems.addAll(OwnersValidation.validate(workbook, controls, List.of()));
            if (!workbook.people().isEmpty()) {
                directory = directory == null ? new ArrayList<>() : directory;
                directory.addAll(workbook.directory());
            }
            if (!workbook.controlOwners().isEmpty()) {
                controlOwners = controlOwners == null ? new ArrayList<>() : controlOwners;
                controlOwners.addAll(workbook.controlOwnership());
            }
        }
        if (!ownerProblems.isEmpty()) {
            throw new InputException(ownerProblems);
        }
        // one owner per person: the spellings the directory can tie to one address become that address
        Inventory inventory = OwnerNames.of(directory).apply(imported.inventory());
        // a review's promised dates, after the workbooks' own: the earlier of the two is the deadline
        inventory = DecommissionDates.of(decommissions).apply(inventory);
        Assessment assessment = AssessmentEngine.withAllChecks().assess(new AssessmentInputs(catalog,
                inventory, policy, asOf, directory, controlOwners, grants, attestations, history));
        return new Result(inventory, assessment);
    }

    /** The exceptions of every file, in order; null when there are no files (none given is not "none granted"). */
    public static List<ExceptionGrant> exceptions(List<EvidenceFile> files, Catalog catalog) {
        if (files.isEmpty()) {
            return null;
        }
        List<ExceptionGrant> grants = new ArrayList<>();
        files.forEach(f -> grants.addAll(ExceptionsReader.read(f.name(), bytes(f.path()),
                new CatalogControls(catalog))));
        return grants;
    }

    /** The attestations of every file, in order; null when there are no files. */
    public static List<Attestation> attestations(List<EvidenceFile> files, Catalog catalog) {
        if (files.isEmpty()) {
            return null;
        }
        List<Attestation> all = new ArrayList<>();
        files.forEach(f -> all.addAll(AttestationsReader.read(f.name(), bytes(f.path()),
                new CatalogControls(catalog), Checks.readingIdentityAttestations())));
        return all;
    }

    /** The rows of every decommission list, in order; empty when there are none. */
    public static List<Decommission> decommissions(List<EvidenceFile> files) {
        List<Decommission> all = new ArrayList<>();
        files.forEach(f -> all.addAll(DecommissionsReader.read(f)));
        return all;
    }

    /** Files named by their paths, as given on the command line. */
    public static List<EvidenceFile> files(List<Path> paths) {
        return paths.stream().map(p -> new EvidenceFile(p, p.toString())).toList();
    }

    /** The whole of a small input file (policy, exceptions, attestations), or a located error. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Check the path."));
        }
    }
}
