package dev.trustmap.assessment;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.defaultPolicy;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Realisations;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Assessment written = written();
        AssessmentJson.write(written, bytes);
        Assessment read = AssessmentJsonReader.read("assessment.json", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read).usingRecursiveComparison().isEqualTo(written);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        AssessmentJson.write(read, again);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    /** What every report reads missing, or an instant that is not one: bad input naming it, not a crash later. */
    @Test
    void anAssessmentWithoutWhatReportsReadOrWithABadInstantIsBadInput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AssessmentJson.write(written(), bytes);
        ObjectMapper mapper = new ObjectMapper();
        for (String member : List.of("asOf", "policy", "kpis", "maturity")) {
            ObjectNode root = (ObjectNode) mapper.readTree(bytes.toByteArray());
            root.remove(member);
            assertThatThrownBy(() -> AssessmentJsonReader.read("a.json", new ByteArrayInputStream(
                    mapper.writeValueAsBytes(root)))).as(member).isInstanceOf(InputException.class)
                    .hasMessageContaining("a.json").hasMessageContaining("it has no '" + member + "'");
        }
        ObjectNode root = (ObjectNode) mapper.readTree(bytes.toByteArray());
        root.put("asOf", "end of September");
        assertThatThrownBy(() -> AssessmentJsonReader.read("a.json", new ByteArrayInputStream(
                mapper.writeValueAsBytes(root)))).isInstanceOf(InputException.class)
                .hasMessageContaining("not a readable assessment").hasMessageContaining("end of September");
    }

    private static Assessment written() {
        Catalog catalog = new Catalog("test", "0", List.of(), List.of(
                new Control("LFC-01", Domain.LIFECYCLE, "t", "o", new Realisations("h", "m", "a"),
                        Set.of(Lane.MACHINE, Lane.AI), EvidenceKind.AUTOMATED, Severity.HIGH, List.of(), null),
                new Control("ACT-05", Domain.ACCOUNTABILITY, "t", "o", new Realisations("h", "m", "a"),
                        Set.of(Lane.AI), EvidenceKind.ATTESTATION, Severity.MEDIUM, List.of(), null)), List.of());
        Identity svc = Identity.builder("arn:aws:iam::1:user/svc").actorClass(ActorClass.WORKLOAD)
                .addCredential(credential("k1", CredentialKind.ACCESS_KEY, daysAgo(200))).build();
        Assessment written = AssessmentEngine.withAllChecks().assess(new AssessmentInputs(catalog, inventory(svc),
                defaultPolicy(), AS_OF, null, null,
                List.of(new ExceptionGrant("EX-1", "LFC-01", "arn:*", "r", "a@x", "b@x", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 15), null, "e.yaml line 1")),
                List.of(new Attestation("ACT-05", null, "implemented", "ana", LocalDate.of(2026, 9, 1), null, "e", null,
                        "a.yaml line 1"))));
        return written;
    }
}
