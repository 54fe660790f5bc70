package dev.trustmap.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryBuilderTest {

    @TempDir
    Path dir;

    private static Credential key(String id, String lastUsed) {
        return new Credential(id, CredentialKind.ACCESS_KEY, ManagedBy.USER, true,
                Instant.parse("2026-01-01T00:00:00Z"), null, lastUsed == null ? null : Instant.parse(lastUsed), null,
                null, null, List.of(), new Origin("f", "line 2"));
    }

    private InventoryBuilder builder(boolean skip) throws IOException {
        Path file = Files.writeString(dir.resolve("f.csv"), "x");
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(Instant.parse("2026-09-30T00:00:00Z"), skip));
        builder.startFile(new EvidenceFile(file, "f.csv"), "test");
        return builder;
    }

    @Test
    void sameIdentityFromTwoSourcesIsMergedFieldByField() throws IOException {
        InventoryBuilder builder = builder(false);
        builder.identity(Identity.builder("arn:aws:iam::1:user/ci").name("ci").actorClass(ActorClass.PIPELINE)
                .actorClassReason("name contains 'ci'").addCredential(key("k1", "2026-05-01T00:00:00Z")).build());
        builder.identity(Identity.builder("arn:aws:iam::1:user/ci").privileged(true)
                .privilegeReason("AdministratorAccess").technicalOwner("ana@example.com")
                .addCredential(key("k1", "2026-06-01T00:00:00Z")).addCredential(key("k2", null)).build());
        Identity merged = builder.build().identities().get(0);
        assertThat(merged.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(merged.privileged()).isTrue();
        assertThat(merged.privilegeReason()).isEqualTo("AdministratorAccess");
        assertThat(merged.technicalOwner()).isEqualTo("ana@example.com");
        assertThat(merged.credentials()).extracting(Credential::id).containsExactly("k1", "k2");
        assertThat(merged.credentials().get(0).lastUsedAt()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(merged.sources()).containsExactly("test");
    }

    @Test
    void recordsSpilledInSeveralRunsMergeInArrivalOrderAsWhenHeld() throws IOException {
        // privilege found anywhere counts, but which reason wins depends on how the records are grouped: merging
        // the later records first (b with c, then a with that) would give "from c"
        Identity a = Identity.builder("svc").privileged(true).build();
        Identity b = Identity.builder("svc").privileged(false).privilegeReason("from b").build();
        Identity c = Identity.builder("svc").privileged(true).privilegeReason("from c").build();
        Identity other = Identity.builder("other").build();
        List<Inventory> inventories = new java.util.ArrayList<>();
        for (int limit : new int[] {2, InventoryBuilder.DEFAULT_MEMORY_LIMIT}) {
            Path file = Files.writeString(dir.resolve("f" + limit + ".csv"), "x");
            InventoryBuilder builder = new InventoryBuilder(new ImportOptions(Instant.EPOCH, false), limit);
            builder.startFile(new EvidenceFile(file, "f.csv"), "test");
            List.of(a, other, b, c).forEach(builder::identity); // with a limit of 2: runs [a, other] and [b, c]
            builder.endFile();
            inventories.add(builder.build());
        }
        assertThat(inventories.get(0).identities()).isInstanceOf(ReplayedList.class);
        assertThat(inventories.get(0).identities()).isEqualTo(inventories.get(1).identities());
        assertThat(inventories.get(0).identities().get(1).privilegeReason()).isEqualTo("from b");
        assertThat(inventories.get(0).sources()).isEqualTo(inventories.get(1).sources());
        assertThat(inventories.get(0).sources().get(0).identities()).isEqualTo(2);
    }

    @Test
    void enrichmentJoinsExistingIdentitiesAndIsDroppedOtherwise() throws IOException {
        InventoryBuilder builder = builder(false);
        builder.identity(Identity.builder("app-1").addCredential(key("key-1", null)).build());
        builder.enrichment(Identity.builder("app-1").addCredential(key("key-1", "2026-07-01T00:00:00Z")).build());
        builder.enrichment(Identity.builder("app-unknown").lastUsedAt(Instant.EPOCH).build());
        Inventory inventory = builder.build();
        assertThat(inventory.identities()).extracting(Identity::id).containsExactly("app-1");
        assertThat(inventory.identities().get(0).credentials().get(0).lastUsedAt())
                .isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("1 activity record described identities that no other input lists"));
    }

    @Test
    void leakIsLinkedToTheCredentialWithItsKeyIdOrFingerprint() throws IOException {
        InventoryBuilder builder = builder(false);
        builder.identity(Identity.builder("user-a").addCredential(key("AKIAIOSFODNN7EXAMPLE", null)).build());
        builder.leak(new LeakedSecret("f1", "gitleaks", "aws-access-token", "sha256:00", "AKIAIOSFODNN7EXAMPLE",
                "src/app.py:3", "abc", null, null, null, null, new Origin("g.json", "/0")));
        builder.leak(new LeakedSecret("f2", "gitleaks", "generic", "sha256:11", null, "x:1", null, null, null,
                null, null, new Origin("g.json", "/1")));
        Inventory inventory = builder.build();
        assertThat(inventory.leaks()).extracting(LeakedSecret::identityId).containsExactly("user-a", null);
        Credential leaked = inventory.identities().get(0).credentials().get(0);
        assertThat(leaked.leaked()).isTrue();
        assertThat(leaked.leaks().get(0).findingId()).isEqualTo("f1");
    }

    @Test
    void badRowFailsUnlessSkippingAndThenIsListedAndCounted() throws IOException {
        InputProblem bad = new InputProblem("f.csv", "line 7", "expected a date, found 'soon'.", null);
        InventoryBuilder strict = builder(false);
        assertThatThrownBy(() -> strict.badRow(bad)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).fix()).contains("--skip-bad-rows"));
        InventoryBuilder lenient = builder(true);
        lenient.badRow(bad);
        lenient.endFile();
        Inventory inventory = lenient.build();
        assertThat(inventory.sources()).singleElement().satisfies(s -> assertThat(s.skippedRows()).isEqualTo(1));
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("skipped: expected a date"));
    }

    @Test
    void aRecordSentUnderAnAliasJoinsTheIdentityItNamesWhicheverFileComesFirstAndHeldOrSpilled() throws IOException {
        for (int limit : new int[] {50_000, 1}) {
            Path file = Files.writeString(dir.resolve("g.json"), "x");
            InventoryBuilder builder = new InventoryBuilder(new ImportOptions(Instant.parse("2026-09-30T00:00:00Z"),
                    false), limit);
            builder.startFile(new EvidenceFile(file, "grants.json"), "grants");
            builder.identityByAlias(Identity.builder("entra-sp:o1").scopes(List.of("User.Read")).privileged(true)
                    .privilegeReason("grant").build());
            builder.identityByAlias(Identity.builder("entra-sp:o2").scopes(List.of("Mail.Read")).build());
            builder.endFile();
            builder.startFile(new EvidenceFile(file, "sp.json"), "apps");
            builder.identity(Identity.builder("app-1").name("App").build());
            builder.alias("entra-sp:o1", "app-1");
            builder.endFile();

            Inventory inventory = builder.build();

            assertThat(inventory.identities()).extracting(Identity::id).as("limit " + limit)
                    .containsExactly("app-1", "entra-sp:o2");
            Identity app = inventory.identities().get(0);
            assertThat(app.name()).isEqualTo("App");
            assertThat(app.scopes()).containsExactly("User.Read");
            assertThat(app.privilegeReason()).isEqualTo("grant");
            assertThat(app.sources()).containsExactly("apps", "grants");
            assertThat(inventory.sources()).extracting(s -> s.identities()).containsExactly(2, 1);
            assertThat(inventory.warnings()).extracting(InputProblem::message).singleElement().asString()
                    .startsWith("1 record named an identity only by the platform's object id");
        }
    }
}
