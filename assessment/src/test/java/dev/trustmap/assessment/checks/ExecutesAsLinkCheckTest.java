package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import org.junit.jupiter.api.Test;

class ExecutesAsLinkCheckTest {

    private static final Identity SERVICE_ACCOUNT = Identity.builder("svc-helpdesk@p.iam.gserviceaccount.com")
            .name("svc-helpdesk").actorClass(ActorClass.WORKLOAD).build();

    private static Identity agent(String executesAs, String approvedBy) {
        return Identity.builder("agent:helpdesk").actorClass(ActorClass.AI_AGENT).executesAs(executesAs)
                .approvedBy(approvedBy).build();
    }

    private static CheckRun run(Identity... identities) {
        return CheckRun.of(new ExecutesAsLinkCheck(), context(inventory(identities)));
    }

    @Test
    void anApprovedLinkToAKnownIdentityPassesByIdOrName() {
        assertThat(run(SERVICE_ACCOUNT, agent("svc-helpdesk@p.iam.gserviceaccount.com", "owner@example.com"))
                .passed()).isEqualTo(1);
        assertThat(run(SERVICE_ACCOUNT, agent("svc-helpdesk", "owner@example.com")).passed()).isEqualTo(1);
    }

    @Test
    void aLinkWithoutApprovalFails() {
        CheckRun run = run(SERVICE_ACCOUNT, agent("svc-helpdesk", " "));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("executes as svc-helpdesk with no approval recorded");
            assertThat(f.subject().identity()).isEqualTo("agent:helpdesk");
            assertThat(f.subject().lane()).isEqualTo("ai");
        });
    }

    @Test
    void aTargetOutsideTheInventoryFails() {
        CheckRun run = run(SERVICE_ACCOUNT, agent("svc-x", "owner@example.com"));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("executes as svc-x, which is not in the inventory"));
    }

    @Test
    void aTargetIsMatchedExactly() {
        CheckRun run = run(SERVICE_ACCOUNT, agent("SVC-HELPDESK", null));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed()).isEqualTo(
                "executes as SVC-HELPDESK with no approval recorded; executes as SVC-HELPDESK, which is not in the "
                        + "inventory"));
    }

    @Test
    void machineLaneAndHumanIdentitiesLeaveNoEvidence() {
        Identity pipeline = Identity.builder("ci").actorClass(ActorClass.PIPELINE).executesAs("svc-helpdesk").build();
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).executesAs("svc-helpdesk").build();

        CheckRun run = run(SERVICE_ACCOUNT, pipeline, human);

        assertThat(run.noEvidence()).isEqualTo("no agent executes as another identity");
        assertThat(run.population()).isZero();
    }

    @Test
    void aTargetAfterTheAgentInIdOrderIsFound() {
        Identity agent = Identity.builder("agent:a").actorClass(ActorClass.AI_AGENT).executesAs("svc-z")
                .approvedBy("owner@example.com").build();
        Identity target = Identity.builder("svc-z").actorClass(ActorClass.WORKLOAD).build();

        assertThat(run(agent, target).passed()).isEqualTo(1);
    }
}
