package dev.trustmap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakReference;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spilled import is only the same inventory if every identity reads back equal to what was written. */
class IdentityCodecTest {

    private static final String ODD = "caf\u00e9 \u65e5\u672c \uD83D\uDE00 lone \uD800 end\uDC00";

    @Test
    void everyFieldReadsBackEqualWhateverItHolds() throws IOException {
        Credential full = new Credential(ODD, CredentialKind.PERSONAL_ACCESS_TOKEN, ManagedBy.PLATFORM, false,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T10:11:12.123456789Z"),
                Instant.ofEpochSecond(-62_000_000_000L), Instant.MAX, 86_400L, "sha256:0123456789abcdef",
                List.of(new LeakReference("gitleaks", "f1", "rule", "a.env:3", null),
                        new LeakReference(null, null, null, null, Instant.EPOCH)),
                new Origin("x".repeat(70_000), null));
        Credential empty = new Credential(null, null, null, null, null, null, null, null, null, null, List.of(),
                null);
        Identity rich = Identity.builder("arn:aws:iam::1:user/" + "long".repeat(100)).name(ODD).platform("aws")
                .account("1").actorClass(ActorClass.values()[ActorClass.values().length - 1]).actorClassReason("r")
                .environment("prod").system("s").status("active").lastUsedAt(Instant.parse("2026-09-30T23:59:59Z"))
                .technicalOwner("t@example.com").businessOwner("b@example.com").purpose("").privileged(true)
                .privilegeReason("admin").scopes(List.of("a", "", ODD)).onBehalfOf("o").executesAs("e")
                .parentIdentity("p").approvedBy("a").approvalExpiresAt(Instant.MIN).taskEndsAt(Instant.EPOCH)
                .decommissionOn(Instant.parse("2027-03-31T00:00:00Z")).sources(List.of("aws", "owners"))
                .credentials(List.of(full, empty))
                .externalResults(List.of(new ExternalResult("prowler", "iam_rotate_access_key_90_days",
                        ToolVerdict.MUTED, ODD, Instant.parse("2026-09-29T08:00:00.5Z"), "",
                        new Origin("p.json", "/3")),
                        new ExternalResult(null, null, null, null, null, null, null))).build();
        Identity bare = Identity.builder("").privileged(false).build();
        Identity nothing = Identity.builder(null).build();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        IdentityCodec codec = new IdentityCodec();
        for (Identity identity : List.of(rich, bare, nothing, rich)) {
            codec.write(out, identity);
        }
        out.flush();

        IdentityCodec reader = new IdentityCodec();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(List.of(reader.read(in), reader.read(in), reader.read(in), reader.read(in)))
                .containsExactly(rich, bare, nothing, rich);
        assertThat(in.read()).isEqualTo(-1);

        DataInputStream ids = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(reader.readId(ids)).isEqualTo(rich.id());
        assertThat(reader.readId(ids)).isEmpty();
        assertThat(reader.readId(ids)).isNull();
        assertThat(reader.readId(ids)).isEqualTo(rich.id());
    }
}
