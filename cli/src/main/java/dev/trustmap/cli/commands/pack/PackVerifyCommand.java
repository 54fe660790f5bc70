package dev.trustmap.cli.commands.pack;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FormatOption;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.pack.Verification;
import dev.trustmap.pack.Verification.Failure;
import dev.trustmap.pack.Verification.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code trustmap pack verify PACK [--public-key FILE] [--require-signature]}: every check, one line per failure,
 * then the verdict. The verdict says VERIFIED only when the signature was checked with a public key and held.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an evidence pack without extracting it: manifest.json first, every file it lists"
                + " present with its size and SHA-256, nothing else in the archive (no comment, no bytes around"
                + " the entries, regular files only), no unsafe path or zip bomb, and with --public-key the Ed25519"
                + " signature over manifest.json.",
            "The verdict is VERIFIED only when the signature was checked with --public-key; without it, a pack"
                + " whose content holds is 'CONTENT OK, SIGNATURE NOT CHECKED' (or 'CONTENT OK, UNSIGNED').",
            "Exit 0 when every check made holds (whatever the verdict; with --require-signature only when"
                + " VERIFIED), 1 a check failed, 2 --require-signature without --public-key, 3 the pack or the key"
                + " cannot be read."})
final class PackVerifyCommand extends BaseCommand {

    @Mixin
    private PackOption packOption;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The signer's public key (the .pub of 'trustmap keys generate'). Without it a signed"
                    + " pack's content is checked but its signature is not, and the verdict says so.")
    private Path publicKey;

    @Option(names = "--require-signature", description = "Fail unless the pack is signed and its signature"
            + " verifies with --public-key (which it then needs).")
    private boolean requireSignature;

    @Mixin
    private FormatOption formatOption;

    /** What {@code --format json} prints; fields in docs/cli-json.md. */
    record VerifyView(String pack, String verdict, boolean verified, boolean passed, String period, String asOf,
            int filesChecked, String signer, String signature, boolean signatureChecked, String publicKey,
            List<Failure> failures) {
    }

    @Override
    protected void validate() {
        if (requireSignature && publicKey == null) {
            throw new ParameterException(spec.commandLine(), "--require-signature needs --public-key FILE: a"
                    + " signature can only be checked against the signer's public key.");
        }
    }

    @Override
    protected ExitCode execute() {
        Optional<PublicKey> key = Optional.ofNullable(publicKey).map(SigningKeys::readPublic);
        Path pack = packOption.existing();
        Verification verification = PackVerifier.verify(pack, key);
        Optional<PackManifest> manifest = verification.manifest();
        Optional<PackManifest.Header> header = manifest.map(PackManifest::header);
        VerifyView view = new VerifyView(pack.toString(), verification.verdict().key(),
                verification.verdict() == Verdict.VERIFIED, verification.passed(),
                header.map(PackManifest.Header::period).orElse(null),
                header.map(h -> h.asOf().toString()).orElse(null), verification.filesChecked(),
                manifest.map(PackManifest::signer).orElse(null), verification.signature().key(),
                verification.signature().checked(), key.map(SigningKeys::fingerprint).orElse(null),
                verification.failures());
        switch (formatOption.format()) {
            case JSON -> Json.write(out(), view);
            case CSV -> new Tabular<Failure>()
                    .column("path", Failure::path)
                    .column("message", Failure::message)
                    .write(out(), formatOption.format(), verification.failures());
            case TABLE -> text(view, verification);
        }
        boolean good = requireSignature ? view.verified() : view.passed();
        return good ? ExitCode.OK : ExitCode.GATE_TRIPPED;
    }

    private void text(VerifyView view, Verification verification) {
        PrintWriter out = out();
        verification.failures().forEach(f -> out.println("FAIL " + f.describe()));
        out.println("pack       " + view.pack() + (view.period() == null ? ""
                : ": period " + view.period() + ", as of " + view.asOf()));
        out.println("files      " + view.filesChecked() + " checked against manifest.json");
        out.println("signer     " + signer(verification));
        out.println("signature  " + signature(verification.signature(), view.publicKey()));
        int count = verification.failures().size();
        out.println("verdict    " + verification.verdict().text() + (verification.passed() ? ""
                : ": " + count + " problem" + (count == 1 ? "" : "s")));
        out.flush();
    }

    private static String signer(Verification verification) {
        if (verification.manifest().isEmpty()) {
            return "unknown: manifest.json could not be read";
        }
        PackManifest manifest = verification.manifest().get();
        if (!manifest.signed()) {
            return "none: manifest.json names no signer";
        }
        if (manifest.signer() == null) {
            return "not named: manifest.json was written before trustmap named signers";
        }
        return manifest.signer() + ", as manifest.json names it"
                + (verification.signature().checked() ? "" : " (unproven until checked with --public-key)");
    }

    private static String signature(Verification.SignatureCheck check, String fingerprint) {
        return switch (check) {
            case GOOD -> "good: Ed25519 with public key " + fingerprint;
            case BAD -> "BAD with public key " + fingerprint;
            case NOT_CHECKED -> "not checked: no --public-key given";
            case MISSING -> "MISSING: --public-key given, but the pack is unsigned";
            case UNSIGNED -> "none: the pack is unsigned";
        };
    }
}
