package dev.trustmap.cli.commands.pack;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.evidence.redact.FingerprintKeys;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.SigningKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.KeyPair;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code trustmap keys generate --out DIR [--name NAME]}: an Ed25519 key pair, never over an existing one. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write an Ed25519 key pair for signing evidence packs: NAME.key (private, PKCS#8 PEM,"
                + " readable only by you) and NAME.pub (public, PEM) for auditors; and NAME.fingerprint-key (secret,"
                + " readable only by you), the key secrets are fingerprinted with (quarterly --fingerprint-key)."
                + " Existing keys are never overwritten.")
final class KeysGenerateCommand extends BaseCommand {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the keys to.")
    private Path out;

    @Option(names = "--name", defaultValue = "trustmap", paramLabel = "NAME",
            description = "The keys' file name, without extension (default: ${DEFAULT-VALUE}).")
    private String name;

    @Override
    protected void validate() {
        if (!NAME.matcher(name).matches()) {
            throw new ParameterException(spec.commandLine(), "--name: '" + name + "' must be letters, digits, '.',"
                    + " '_' or '-', e.g. trustmap or acme-2026.");
        }
    }

    @Override
    protected ExitCode execute() {
        KeyPair pair = SigningKeys.generate();
        List<Path> files;
        Path fingerprintKey;
        try {
            // all three or none: no key is written when any of them exists
            for (String extension : List.of(".key", ".pub", FingerprintKeys.EXTENSION)) {
                Path existing = out.resolve(name + extension);
                if (Files.exists(existing)) {
                    throw new FileAlreadyExistsException(existing.toString());
                }
            }
            files = SigningKeys.write(pair, out, name);
            fingerprintKey = FingerprintKeys.write(FingerprintKeys.generate(), out, name);
        } catch (NotDirectoryException e) {
            throw new InputException(new InputProblem(out.toString(), "", "is a file, not a folder.",
                    "Give --out a folder; it is created when missing."));
        } catch (FileAlreadyExistsException e) {
            throw new InputException(new InputProblem(e.getFile(), "", "already exists, and trustmap never"
                    + " overwrites a key: packs signed with it verify only with its own public key.",
                    "Choose another --name or --out, or move the old key pair away first."));
        } catch (IOException e) {
            throw new InputException(new InputProblem(out.toString(), "", "cannot write the keys: " + e.getMessage(),
                    "Check that the folder is writable."));
        }
        boolean posix = Files.getFileAttributeView(files.get(0), PosixFileAttributeView.class) != null;
        PrintWriter print = out();
        print.println("private key  " + files.get(0) + "  (keep it secret: it signs packs; "
                + (posix ? "permission 600)" : "restrict it to yourself, this file system has no POSIX permissions)"));
        print.println("public key   " + files.get(1) + "  (give it to auditors: trustmap pack verify PACK"
                + " --public-key " + files.get(1).getFileName() + ")");
        print.println("fingerprint  " + SigningKeys.fingerprint(pair.getPublic()));
        print.println("secrets key  " + fingerprintKey + "  (keep it secret; pass it to every quarter:"
                + " quarterly --fingerprint-key " + fingerprintKey.getFileName() + ")");
        print.flush();
        return ExitCode.OK;
    }
}
