package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.problem.InputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The owners workbook: who owns each identity, who answers for each control, and the people directory that
 * says who has left. An XLSX workbook holds any of the three sheets (each recognised by its header, whatever its
 * name); a CSV file holds one.
 */
public record OwnersWorkbook(List<IdentityOwner> identityOwners, List<ControlOwnerRow> controlOwners,
        List<PersonRow> people) {

    /** Every value is guarded as it is kept: a secret typed into any cell never reaches an output. */
    public OwnersWorkbook {
        identityOwners = identityOwners.stream().map(o -> new IdentityOwner(SecretGuard.identifier(o.identityId()),
                SecretGuard.text(o.technicalOwner()), SecretGuard.text(o.businessOwner()),
                SecretGuard.text(o.purpose()), SecretGuard.text(o.system()), SecretGuard.text(o.environment()),
                SecretGuard.text(o.actorClass()), SecretGuard.text(o.decommissionOn()), o.origin())).toList();
        controlOwners = controlOwners.stream().map(o -> new ControlOwnerRow(SecretGuard.text(o.controlId()),
                SecretGuard.text(o.owner()), SecretGuard.text(o.backupOwner()), SecretGuard.text(o.team()),
                SecretGuard.text(o.reviewDue()), o.origin())).toList();
        people = people.stream().map(p -> new PersonRow(SecretGuard.text(p.email()), SecretGuard.text(p.name()),
                SecretGuard.text(p.status()), SecretGuard.text(p.departedOn()), p.origin())).toList();
    }

    /**
     * The people directory as the checks read it, departure dates parsed. Meant for a workbook that
     * {@link OwnersValidation} found clean: a date it would reject is taken as not recorded.
     */
    public List<Person> directory() {
        return people.stream().map(p -> new Person(p.email(), p.name(),
                p.status() != null && p.status().strip().equalsIgnoreCase(OwnersSheetKind.DEPARTED),
                instant(p.departedOn()))).toList();
    }

    /** Who answers for each control, review dates as UTC days; like {@link #directory()}, for a clean workbook. */
    public List<ControlOwner> controlOwnership() {
        return controlOwners.stream().map(o -> {
            Instant due = instant(o.reviewDue());
            return new ControlOwner(o.controlId(), o.owner(), o.backupOwner(), o.team(),
                    due == null ? null : LocalDate.ofInstant(due, ZoneOffset.UTC));
        }).toList();
    }

    private static Instant instant(String date) {
        try {
            return Timestamps.parse(date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads every sheet the file holds. Values are kept as written; {@link OwnersValidation} checks them.
     *
     * @throws InputException listing every structural problem at once (no recognisable sheet, a duplicate or
     *     missing column, a cell that cannot be read), each with its sheet and cell
     */
    public static OwnersWorkbook read(EvidenceFile file) {
        return new OwnersReader(file).read();
    }

    /**
     * True when the file is an owners workbook: a CSV whose header, or an XLSX with a sheet whose header, has
     * every required column of one of the three owner sheets.
     */
    public static boolean recognises(EvidenceFile file) {
        if (file.head().zip()) {
            try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
                return workbook.sheetNames().stream().anyMatch(s -> isOwnersHeader(workbook.headers(s)));
            } catch (RuntimeException e) {
                return false; // another zip, or a broken one: not ours to explain
            }
        }
        if (file.head().json()) {
            return false;
        }
        try (CsvTable header = CsvTable.of(file.name(), file.head().firstLine())) {
            return isOwnersHeader(header.headers());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isOwnersHeader(List<String> headers) {
        List<String> lower = headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        return OwnersSheetKind.detect(lower).map(kind -> lower.containsAll(kind.required())).orElse(false);
    }
}
