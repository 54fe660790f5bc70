package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.ImporterTestSupport;
import dev.trustmap.evidence.InventoryBuilder;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.nio.file.Path;
import java.util.List;

/** Helpers for the scanner tests: finding leaks by id, and an AWS user to link them to. */
final class ScannerTestSupport {

    static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String USER = "arn:aws:iam::123456789012:user/deploy-bot";

    private ScannerTestSupport() {
    }

    static LeakedSecret leak(Inventory inventory, String id) {
        return inventory.leaks().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no leak " + id + " among "
                        + inventory.leaks().stream().map(LeakedSecret::id).toList()));
    }

    /** A stand-in for the AWS importer: one user whose access key has the id {@link #KEY_ID}. */
    static final class AwsUser implements Importer {
        @Override
        public String source() {
            return "test-aws";
        }

        @Override
        public String describe() {
            return "one AWS user";
        }

        @Override
        public boolean recognises(FileHead head) {
            return false;
        }

        @Override
        public void read(EvidenceFile file, ImportSink sink) {
            sink.identity(Identity.builder(USER).name("deploy-bot").platform("aws").actorClass(ActorClass.WORKLOAD)
                    .addCredential(new Credential(KEY_ID, CredentialKind.ACCESS_KEY, null, true, null, null, null, null,
                            null, null, List.of(), new Origin(file.name(), "line 2")))
                    .build());
        }

        @Override
        public Redaction redaction(FileHead head) {
            return Redaction.json();
        }
    }

    /** Reads the AWS stand-in from {@code awsFile}, then the scanner report, into one inventory. */
    static Inventory withAwsUser(Path awsFile, Importer scanner, Path report) {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(ImporterTestSupport.AS_OF, false));
        for (var step : List.of(new Object[] {new AwsUser(), awsFile}, new Object[] {scanner, report})) {
            Importer importer = (Importer) step[0];
            EvidenceFile file = new EvidenceFile((Path) step[1], ((Path) step[1]).getFileName().toString());
            builder.startFile(file, importer.source());
            importer.read(file, builder);
            builder.endFile();
        }
        return builder.build();
    }
}
