package dev.trustmap.evidence.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersCsvTest {

    @TempDir
    Path dir;

    @Test
    void controlOwnersCsvWithBomCrlfAndColumnsInAnyOrder() throws IOException {
        Path file = csv("\uFEFFTeam,Control_ID,Owner,review_due,backup_owner\r\n"
                + "Platform,ACT-01,alice@example.com,2026-12-01,\r\n"
                + "\r\n"
                + "\"Security, IAM\",AXS-02,bob@example.com,N/A,carol@example.com\r\n");

        OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(file));

        assertThat(workbook.controlOwners()).extracting(ControlOwnerRow::controlId, ControlOwnerRow::team,
                ControlOwnerRow::reviewDue, ControlOwnerRow::backupOwner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ACT-01", "Platform", "2026-12-01", null),
                org.assertj.core.groups.Tuple.tuple("AXS-02", "Security, IAM", null, "carol@example.com"));
        assertThat(workbook.controlOwners().get(1).origin().cell("control_id")).isEqualTo("line 4");
        assertThat(OwnersValidation.validate(workbook, new CatalogControls(CatalogLoader.bundled()),
                List.of())).isEmpty();
    }

    @Test
    void theTypedRecordsTakeReviewDatesAsUtcDaysAndDeparturesAsInstants() throws IOException {
        Path owners = csv("control_id,owner,review_due\n"
                + "ACT-01,alice@example.com,2026-09-30T23:30:00-02:00\n"
                + "ACT-02,bob@example.com,N/A\n"
                + "ACT-03,bob@example.com,2026-13-01\n");
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "email,name,status,departed_on\n"
                + "ana@example.com,Ana, Departed ,2026-08-01\n"
                + "bo@example.com,Bo,active,\n");

        List<ControlOwner> controls = OwnersWorkbook.read(new EvidenceFile(owners)).controlOwnership();
        List<Person> directory = OwnersWorkbook.read(new EvidenceFile(people)).directory();

        assertThat(controls).extracting(ControlOwner::controlId, ControlOwner::reviewDue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ACT-01", LocalDate.of(2026, 10, 1)),
                org.assertj.core.groups.Tuple.tuple("ACT-02", null),
                org.assertj.core.groups.Tuple.tuple("ACT-03", null));
        assertThat(directory).containsExactly(
                new Person("ana@example.com", "Ana", true, Instant.parse("2026-08-01T00:00:00Z")),
                new Person("bo@example.com", "Bo", false, null));
    }

    @Test
    void identityOwnersCsv() throws IOException {
        Path file = csv("identity_id,technical_owner,actor_class,decommission_on\n"
                + "agent:support,alice@example.com,AI agent,2027-01-31\n");

        OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(file));

        assertThat(workbook.identityOwners()).singleElement().satisfies(o -> {
            assertThat(o.identityId()).isEqualTo("agent:support");
            assertThat(o.actorClass()).isEqualTo("AI agent");
            assertThat(o.origin().sheet()).isNull();
        });
        assertThat(OwnersValidation.validate(workbook, new CatalogControls(CatalogLoader.bundled()),
                List.of("agent:support"))).isEmpty();
    }

    @Test
    void peopleCsvMistakesNameTheirLines() throws IOException {
        Path file = csv("email,name,status,departed_on\n"
                + "alice@example.com,Alice,active,\n"
                + "bob@example.com,Bob,departed,\n"
                + "carol,Carol,on leave,\n");

        List<InputProblem> problems = OwnersValidation.validate(OwnersWorkbook.read(new EvidenceFile(file)),
                new CatalogControls(CatalogLoader.bundled()), List.of());

        assertThat(problems).extracting(InputProblem::location, InputProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 3", "departed_on is empty for a departed person."),
                org.assertj.core.groups.Tuple.tuple("line 4", "email 'carol' is not an email address."),
                org.assertj.core.groups.Tuple.tuple("line 4", "status 'on leave' is not active or departed."));
    }

    @Test
    void csvThatIsNoOwnersSheetNamesLineOne() throws IOException {
        Path file = csv("user,arn,password_enabled\nroot,arn:aws:iam::1:root,true\n");

        assertThatThrownBy(() -> OwnersWorkbook.read(new EvidenceFile(file))).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputProblem problem = ((InputException) e).problems().get(0);
                    assertThat(problem.location()).isEqualTo("line 1");
                    assertThat(problem.fix()).contains("People: email, name, status, departed_on");
                });
    }

    @Test
    void csvMissingARequiredColumnSaysWhich() throws IOException {
        Path file = csv("control_id,team\nACT-01,Platform\n");

        assertThatThrownBy(() -> OwnersWorkbook.read(new EvidenceFile(file))).isInstanceOf(InputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("the control owners sheet has no owner column");
    }

    private Path csv(String text) throws IOException {
        Path file = Files.createTempFile(dir, "owners", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
