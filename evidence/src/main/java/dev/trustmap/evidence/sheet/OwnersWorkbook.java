package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import java.util.List;

/**
 * The owners workbook: who owns each identity, who answers for each control, and the people directory that
 * says who has left. An XLSX workbook holds any of the three sheets (each recognised by its header, whatever its
 * name); a CSV file holds one.
 */
public record OwnersWorkbook(List<IdentityOwner> identityOwners, List<ControlOwner> controlOwners,
        List<Person> people) {

    public OwnersWorkbook {
        identityOwners = List.copyOf(identityOwners);
        controlOwners = List.copyOf(controlOwners);
        people = List.copyOf(people);
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
}
