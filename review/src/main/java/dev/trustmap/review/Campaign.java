package dev.trustmap.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.trustmap.evidence.sheet.ControlOwnerRow;
import dev.trustmap.evidence.sheet.IdentityOwner;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.evidence.sheet.PersonRow;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A review campaign as {@code review send} made it, written to {@code campaign.json}: what was asked of whom, and
 * every row as it was sent, so that {@code review collect} can tell an answer from an edited fact.
 *
 * @param id {@code <period>-review-<8 hex>}, derived from the assessed pack and the options
 * @param asOf the instant the facts were computed at, ISO-8601
 * @param due the day answers are due, {@code YYYY-MM-DD}
 * @param validUntil the last day a confirmation given in this campaign counts
 * @param groupedBy {@link Grouping#key()}
 * @param people the people directory as sent: who a transfer may name; null when the quarter had none
 * @param owners the owners workbook the campaign started from; {@code review collect} writes it back updated
 */
public record Campaign(String kind, int version, String id, String period, String asOf, String due,
        String validUntil, String groupedBy, Source source, List<String> programmeOwners, List<Person> people,
        List<Workbook> workbooks, List<Row> rows, Owners owners) {

    public static final String KIND = "trustmap-review-campaign";
    public static final String FILE = "campaign.json";

    /** The assessed quarter the campaign was made from. */
    public record Source(String pack, String manifestSha256) {
    }

    /** A person of the directory, by e-mail (lower case). */
    public record Person(String email, boolean active) {
    }

    /**
     * One workbook sent.
     *
     * @param recipient the owner's e-mail, the system's name, or the programme owners for the unowned workbook
     * @param programme true for the workbook of unowned and orphaned identities
     */
    public record Workbook(String file, String recipient, boolean programme, int identities, int openFindings,
            int overdueFindings, String sha256) {
    }

    /**
     * One row sent.
     *
     * @param key the row key written into the workbook's hidden column
     * @param row the sheet row it was written on, 1-based as a spreadsheet numbers them
     * @param facts the fact cells as sent, in {@link ReviewColumns#FACTS} order
     * @param owner the owner the row was sent to under the grouping (null in the programme workbook)
     */
    public record Row(String key, String workbook, int row, String identityId, List<String> facts, String owner) {
    }

    /** The owners workbook the campaign started from, each row's cells in the order of its sheet's columns. */
    public record Owners(List<List<String>> identityOwners, List<List<String>> controlOwners,
            List<List<String>> people) {

        /** The rows of an owners workbook as read. */
        static Owners of(OwnersWorkbook workbook) {
            List<List<String>> identities = new ArrayList<>();
            for (IdentityOwner o : workbook.identityOwners()) {
                identities.add(cells(o.identityId(), o.technicalOwner(), o.businessOwner(), o.purpose(), o.system(),
                        o.environment(), o.actorClass(), o.decommissionOn()));
            }
            List<List<String>> controls = new ArrayList<>();
            for (ControlOwnerRow o : workbook.controlOwners()) {
                controls.add(cells(o.controlId(), o.owner(), o.backupOwner(), o.team(), o.reviewDue()));
            }
            List<List<String>> people = new ArrayList<>();
            for (PersonRow p : workbook.people()) {
                people.add(cells(p.email(), p.name(), p.status(), p.departedOn()));
            }
            return new Owners(identities, controls, people);
        }

        private static List<String> cells(String... values) {
            return Arrays.stream(values).map(v -> v == null ? "" : v).toList();
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    public Grouping grouping() {
        return Grouping.of(groupedBy);
    }

    /** Writes the campaign as compact JSON with a final newline; the same campaign gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        out.write(JSON.writeValueAsBytes(this));
        out.write('\n');
    }

    /** Reads {@code campaign.json} from a campaign folder. */
    public static Campaign read(Path folder) {
        Path file = folder.resolve(FILE);
        String how = "Pass the folder 'trustmap review send --out' wrote.";
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(folder.toString(), "", "is not a review campaign: it holds no "
                    + FILE + ".", how));
        }
        Campaign campaign;
        try {
            campaign = JSON.readValue(file.toFile(), Campaign.class);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read as a campaign ("
                    + e.getMessage().lines().findFirst().orElse("") + ").", how));
        }
        if (!KIND.equals(campaign.kind()) || campaign.version() != 1 || campaign.rows() == null
                || campaign.workbooks() == null) {
            throw new InputException(new InputProblem(file.toString(), "", "is not a version 1 review campaign.",
                    how));
        }
        return campaign;
    }
}
