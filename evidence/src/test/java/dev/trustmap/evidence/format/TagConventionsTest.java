package dev.trustmap.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagConventionsTest {

    @Test
    void ownerAndEnvironmentTagsAreFoundWhateverTheirSpelling() {
        TagConventions.Found found = TagConventions.of(List.of(Map.entry("Owner", " alice@example.com "),
                Map.entry("Business_Owner", "bob@example.com"), Map.entry("ENV", "prod")));

        assertThat(found).isEqualTo(new TagConventions.Found("alice@example.com", "bob@example.com", "prod"));
    }

    @Test
    void theTechnicalOwnerTagWinsOverOwnerAndEnvironmentOverEnv() {
        TagConventions.Found found = TagConventions.of(List.of(Map.entry("owner", "team@example.com"),
                Map.entry("env", "dev"), Map.entry("technical.owner", "carol@example.com"),
                Map.entry("Environment", "staging")));

        assertThat(found.technicalOwner()).isEqualTo("carol@example.com");
        assertThat(found.environment()).isEqualTo("staging");
    }

    @Test
    void reservedBlankAndOtherTagsSayNothing() {
        TagConventions.Found found = TagConventions.of(List.of(Map.entry("aws:owner", "cloudformation"),
                Map.entry("owner", "  "), Map.entry("cost-center", "4711"), Map.entry("ownerteam", "x")));

        assertThat(found).isEqualTo(new TagConventions.Found(null, null, null));
        Identity identity = found.applyTo(Identity.builder("x").technicalOwner("kept")).build();
        assertThat(identity.technicalOwner()).isEqualTo("kept");
    }
}
