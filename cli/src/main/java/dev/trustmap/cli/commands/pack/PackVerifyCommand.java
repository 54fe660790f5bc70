package dev.trustmap.cli.commands.pack;

import dev.trustmap.cli.ExitCode;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.FormatOption;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.reports.pack.PackManifest;
import dev.trustmap.reports.pack.PackVerifier;
import dev.trustmap.reports.pack.SigningKeys;
import dev.trustmap.reports.pack.Verification;
import dev.trustmap.reports.pack.Verification.Failure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trustmap pack verify PACK [--public-key FILE]}: every check, one line per failure, then the verdict. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an evidence pack without extracting it: manifest.json first, every file it lists"
                + " present with its size and SHA-256, nothing else in the archive, no unsafe path or zip bomb,"
                + " and with --public-key the Ed25519 signature over manifest.json.",
            "Exit 0 verified, 1 a check failed, 3 the pack or the key cannot be read."})
final class PackVerifyCommand extends BaseCommand {

    @Mixin
    private PackOption packOption;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The signer's public key (the .pub of 'trustmap keys generate'). Without it a signed"
                    + " pack's content is checked but its signature is not.")
    private Path publicKey;

    @Mixin
    private FormatOption formatOption;

    /** What {@code --format json} prints; fields in docs/cli-json.md. */
    record VerifyView(String pack, boolean verified, String period, String asOf, int filesChecked,
            String signature, String publicKey, List<Failure> failures) {
    }

    @Override
    protected ExitCode execute() {
        Optional<PublicKey> key = Optional.ofNullable(publicKey).map(SigningKeys::readPublic);
        Path pack = packOption.existing();
        Verification verification = PackVerifier.verify(pack, key);
        Optional<PackManifest.Header> header = verification.manifest().map(PackManifest::header);
        VerifyView view = new VerifyView(pack.toString(), verification.passed(),
                header.map(PackManifest.Header::period).orElse(null),
                header.map(h -> h.asOf().toString()).orElse(null), verification.filesChecked(),
                verification.signature().key(), key.map(SigningKeys::fingerprint).orElse(null),
                verification.failures());
        switch (formatOption.format()) {
            case JSON -> Json.write(out(), view);
            case CSV -> new Tabular<Failure>()
                    .column("path", Failure::path)
                    .column("message", Failure::message)
                    .write(out(), formatOption.format(), verification.failures());
            case TABLE -> text(view, verification);
        }
        return verification.passed() ? ExitCode.OK : ExitCode.GATE_TRIPPED;
    }

    private void text(VerifyView view, Verification verification) {
        PrintWriter out = out();
        verification.failures().forEach(f -> out.println("FAIL " + f.describe()));
        out.println("pack       " + view.pack() + (view.period() == null ? ""
                : ": period " + view.period() + ", as of " + view.asOf()));
        out.println("files      " + view.filesChecked() + " checked against manifest.json");
        out.println("signature  " + signature(verification.signature(), view.publicKey()));
        int count = verification.failures().size();
        out.println("verdict    " + (verification.passed() ? "VERIFIED"
                : "FAILED: " + count + " problem" + (count == 1 ? "" : "s")));
        out.flush();
    }

    private static String signature(Verification.SignatureCheck check, String fingerprint) {
        return switch (check) {
            case GOOD -> "good: Ed25519 with public key " + fingerprint;
            case BAD -> "BAD with public key " + fingerprint;
            case NOT_CHECKED -> "present, not checked: no --public-key given";
            case MISSING -> "MISSING: --public-key given, but the pack is unsigned";
            case UNSIGNED -> "none: the pack is unsigned";
        };
    }
}
