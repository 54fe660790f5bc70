package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsReaderTest {

    private static List<ExceptionGrant> read(String file, String content) {
        return ExceptionsReader.read(file, content.getBytes(StandardCharsets.UTF_8),
                new CatalogControls(CatalogLoader.bundled()));
    }

    private static List<InputProblem> problems(String file, String content) {
        try {
            read(file, content);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in:\n" + content);
    }

    private static final ExceptionGrant LEGACY = new ExceptionGrant("EXC-001", "LFC-01",
            "arn:aws:iam::123456789012:user/legacy-*", "Vendor appliance cannot rotate", "alice@example.com",
            "bob@example.com", LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28"), "IP allow-list",
            null);

    @Test
    void yamlList() {
        List<ExceptionGrant> grants = read("exceptions.yaml", """
                # exceptions approved by the CISO
                - id: EXC-001
                  control_id: LFC-01
                  identity: "arn:aws:iam::123456789012:user/legacy-*"
                  reason: Vendor appliance cannot rotate
                  requested_by: alice@example.com
                  approved_by: bob@example.com
                  approved_on: 2026-03-01
                  expires_on: 2027-02-28T12:00:00Z
                  compensating_control: IP allow-list

                - id: 7
                  control_id: RVK-01
                  identity: agent:support
                  approved_by:
                  expires_on: ''
                """);

        assertThat(grants).hasSize(2);
        assertThat(grants.get(0)).isEqualTo(withSource(LEGACY, "exceptions.yaml line 2"));
        assertThat(grants.get(1)).isEqualTo(new ExceptionGrant("7", "RVK-01", "agent:support", null, null, null,
                null, null, null, "exceptions.yaml line 12"));
    }

    @Test
    void yamlUnderExceptionsKeyWithKind() {
        List<ExceptionGrant> grants = read("exceptions.yml", """
                kind: exceptions
                exceptions:
                  - {id: EXC-001, control_id: LFC-01, identity: "arn:aws:iam::123456789012:user/legacy-*",
                     reason: Vendor appliance cannot rotate, requested_by: alice@example.com,
                     approved_by: bob@example.com, approved_on: 2026-03-01, expires_on: 2027-02-28,
                     compensating_control: IP allow-list}
                """);

        assertThat(grants).containsExactly(withSource(LEGACY, "exceptions.yml line 3"));
        assertThat(read("empty.yaml", "exceptions: []\n")).isEmpty();
        assertThat(read("empty.yaml", "# none yet\n")).isEmpty();
    }

    @Test
    void csvWithBomCrlfAndColumnsInAnyOrder() {
        List<ExceptionGrant> grants = read("exceptions.csv", "\uFEFF\r\nID,Control_ID,identity,reason,requested_by,"
                + "approved_by,approved_on,expires_on,compensating_control\r\n"
                + "EXC-001,LFC-01,arn:aws:iam::123456789012:user/legacy-*,Vendor appliance cannot rotate,"
                + "alice@example.com,bob@example.com,2026-03-01,2027-02-28,IP allow-list\r\n"
                + "\r\n"
                + "EXC-002,RVK-01,agent:support,\"Pilot, ends soon\",,,,,\r\n");

        assertThat(grants).containsExactly(withSource(LEGACY, "exceptions.csv line 3"),
                new ExceptionGrant("EXC-002", "RVK-01", "agent:support", "Pilot, ends soon", null, null, null, null,
                        null, "exceptions.csv line 5"));
        assertThat(read("exceptions.csv", "control_id,identity,id\n")).isEmpty();
    }

    @Test
    void yamlProblemsAllAtOnceWithLineAndColumn() {
        List<InputProblem> problems = problems("exceptions.yaml", """
                - id: EXC-001
                  control_id: LFC-1
                  identity: agent:a
                  approved_on: 2026-02-30
                  expires: 2027-01-01
                - control_id: LFC-01
                  identity: agent:b
                  expires_on: 31/12/2026
                - id: EXC-001
                  control_id: ZZZ-99
                - id: EXC-003
                  control_id: LFC-01
                  identity: [agent:c]
                - just a line
                """);

        assertThat(problems).extracting(InputProblem::location, InputProblem::message, InputProblem::fix)
                .containsExactly(
                        tuple("line 2, column 15", "control_id 'LFC-1' is not a control in the catalog.",
                                "Did you mean LFC-01?"),
                        tuple("line 4, column 16", "approved_on '2026-02-30' is not a date.",
                                "Write it as YYYY-MM-DD, e.g. 2026-12-31."),
                        tuple("line 5, column 3", "unknown key 'expires'.", "Did you mean 'expires_on'?"),
                        tuple("line 6, column 3", "id is missing.",
                                "Give every exception an id of its own, e.g. EXC-001."),
                        tuple("line 8, column 15", "expires_on '31/12/2026' is not a date.",
                                "Write it as YYYY-MM-DD, e.g. 2026-12-31."),
                        tuple("line 9, column 3", "identity is missing.", "Name the identity it covers: its id, or"
                                + " a pattern where * stands for any run of characters, e.g. "
                                + "arn:aws:iam::123456789012:role/legacy-*."),
                        tuple("line 9, column 7", "the id 'EXC-001' is used twice (first on line 1).",
                                "Give every exception an id of its own."),
                        tuple("line 10, column 15", "control_id 'ZZZ-99' is not a control in the catalog.",
                                "List the ids with `trustmap catalog controls`."),
                        tuple("line 11, column 3", "identity is missing.", "Name the identity it covers: its id, "
                                + "or a pattern where * stands for any run of characters, e.g. "
                                + "arn:aws:iam::123456789012:role/legacy-*."),
                        tuple("line 13, column 13", "identity must be a single value; found a list.",
                                "Write the value on the same line as 'identity:'."),
                        tuple("line 14, column 3", "each record must be a mapping of key: value; found "
                                + "'just a line'.", "Write e.g. '- control_id: LFC-01' and the other keys under "
                                + "it, indented."));
    }

    @Test
    void csvProblemsNameTheirLines() {
        List<InputProblem> problems = problems("exceptions.csv", """
                id,control_id,identity,approved_by,expires_on,ticket
                EXC-1,LFC-01,agent:a,bob@example.com,2026-12-31,T-1
                EXC-1,lfc-02,,bob@example.com,soon,T-2
                ,RVK-05,agent:c,,2026-12-31T25:00:00Z,
                """);

        assertThat(problems).extracting(InputProblem::location, InputProblem::message).containsExactly(
                tuple("line 1", "unknown column 'ticket'."),
                tuple("line 3", "the id 'EXC-1' is used twice (first on line 2)."),
                tuple("line 3", "control_id 'lfc-02' is not a control in the catalog."),
                tuple("line 3", "identity is missing."),
                tuple("line 3", "expires_on 'soon' is not a date."),
                tuple("line 4", "id is missing."),
                tuple("line 4", "expires_on '2026-12-31T25:00:00Z' is not a date."));
        assertThat(problems.get(2).fix()).isEqualTo("Did you mean LFC-02?");
        assertThat(problems.get(0).file()).isEqualTo("exceptions.csv");
    }

    @Test
    void csvHeaderWithoutARequiredColumnIsOneProblem() {
        assertThat(problems("exceptions.csv", "id,control_id,reason\nEXC-1,LFC-01,x\n"))
                .extracting(InputProblem::location, InputProblem::message)
                .containsExactly(tuple("line 1", "the header has no identity column."));
    }

    @Test
    void wrongTopLevelShapes() {
        assertThat(problems("exceptions.yaml", "kind: attestations\nexception:\n  - id: X\n"))
                .extracting(InputProblem::location, InputProblem::message).containsExactly(
                        tuple("line 1, column 7", "kind must be 'exceptions'; found 'attestations'."),
                        tuple("line 2, column 1", "unknown key 'exception'."));
        assertThat(problems("exceptions.yaml", "id: EXC-1\ncontrol_id: LFC-01\nidentity: agent:a\n"))
                .extracting(InputProblem::message).containsExactly("a single record must still be a list item.");
        assertThat(problems("exceptions.yaml", "exceptions: EXC-1\n")).extracting(InputProblem::location)
                .containsExactly("line 1, column 13");
    }

    @Test
    void detectsCsvOnlyByItsFirstLine() {
        assertThat(RecordFile.isCsv("\n\nid,control_id,identity\n", "exceptions")).isTrue();
        assertThat(RecordFile.isCsv("- control_id: LFC-01, x\n", "exceptions")).isFalse();
        assertThat(RecordFile.isCsv("exceptions: [{control_id: LFC-01, id: x}]\n", "exceptions")).isFalse();
        assertThat(RecordFile.isCsv("# id, control_id, identity\n- id: x\n", "exceptions")).isFalse();
        assertThat(RecordFile.isCsv("id;control_id;identity\n", "exceptions")).isFalse();
    }

    private static ExceptionGrant withSource(ExceptionGrant g, String source) {
        return new ExceptionGrant(g.id(), g.controlId(), g.identity(), g.reason(), g.requestedBy(), g.approvedBy(),
                g.approvedOn(), g.expiresOn(), g.compensatingControl(), source);
    }
}
