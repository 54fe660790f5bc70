package dev.trustmap.model.owner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerNamesTest {

    private static final List<Person> DIRECTORY = List.of(
            new Person("Alice.Smith@example.com", "Alice Smith", false, null),
            new Person("bob@example.com", "Bob", false, null),
            new Person("bob@other.example", "Bob", true, Instant.parse("2026-01-01T00:00:00Z")),
            new Person("carol@example.com", null, false, null));

    private final OwnerNames names = OwnerNames.of(DIRECTORY);

    @Test
    void anAddressInAnotherCaseIsTheDirectorysAddress() {
        assertThat(names.canonical("alice.smith@EXAMPLE.com")).isEqualTo("Alice.Smith@example.com");
        assertThat(names.canonical(" carol@example.com ")).isEqualTo("carol@example.com");
    }

    @Test
    void aHandleOrANameThatFitsOnePersonIsTheirAddress() {
        assertThat(names.canonical("alice.smith")).isEqualTo("Alice.Smith@example.com");
        assertThat(names.canonical("alice smith")).isEqualTo("Alice.Smith@example.com");
        assertThat(names.canonical("Carol")).isEqualTo("carol@example.com");
    }

    @Test
    void whatFitsTwoPeopleOrNobodyStaysAsWritten() {
        assertThat(names.canonical("bob")).isEqualTo("bob");
        assertThat(names.canonical("Bob")).isEqualTo("Bob");
        assertThat(names.canonical("dave@example.com")).isEqualTo("dave@example.com");
        assertThat(names.canonical(null)).isNull();
        assertThat(OwnerNames.of(null).canonical("alice.smith")).isEqualTo("alice.smith");
    }

    @Test
    void theInventorysOwnersAreRewrittenAndAReplayedListStaysReplayed() {
        Identity one = Identity.builder("svc-1").technicalOwner("ALICE.SMITH@example.com").businessOwner("carol")
                .build();
        Identity two = Identity.builder("svc-2").technicalOwner("someone@else.example").build();
        Inventory held = new Inventory(Instant.EPOCH, List.of(), List.of(one, two), List.of(), List.of());
        Inventory mapped = names.apply(held);
        assertThat(mapped.identities()).extracting(Identity::technicalOwner)
                .containsExactly("Alice.Smith@example.com", "someone@else.example");
        assertThat(mapped.identities().get(0).businessOwner()).isEqualTo("carol@example.com");
        assertThat(mapped.identities().get(1)).isSameAs(two);

        ReplayedList<Identity> replayed = new ReplayedList<>() {
            @Override
            public Iterator<Identity> iterator() {
                return List.of(one, two).iterator();
            }

            @Override
            public int size() {
                return 2;
            }
        };
        Inventory spilled = names.apply(new Inventory(Instant.EPOCH, List.of(), replayed, List.of(), List.of()));
        assertThat(spilled.identities()).isInstanceOf(ReplayedList.class);
        assertThat(spilled.identities().iterator().next().technicalOwner()).isEqualTo("Alice.Smith@example.com");
    }
}
