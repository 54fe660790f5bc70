package dev.trustmap.evidence.format;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;

/**
 * Reads one export format into identities, credentials and leaked secrets, and says how a file of it is copied
 * with its secrets replaced. One class per format; adding a format is adding a class and listing it in
 * {@link Importers}.
 */
public interface Importer {

    /** The key users pass to {@code --source}, e.g. {@code aws-credential-report}. */
    String source();

    /**
     * One line for the list of formats trustmap knows, e.g. "AWS IAM credential report (CSV, or the JSON of
     * get-credential-report)".
     */
    String describe();

    /** What this format's files show beyond identities and credentials; nothing unless the format says so. */
    default Set<Shows> shows() {
        return Set.of();
    }

    /** True when the start of the file shows it is this format. Cheap: never reads past the head. */
    boolean recognises(FileHead head);

    /**
     * Reads the whole file into the sink.
     *
     * @throws dev.trustmap.model.problem.InputException when the file is malformed (or a row is bad and bad rows
     *     are not being skipped), naming the file and the line, cell or JSON pointer
     */
    void read(EvidenceFile file, ImportSink sink);

    /**
     * How a file of this format is copied into the evidence pack with its secrets replaced, for a head this importer
     * recognises. No default: each format says where its secrets are, as a new one may keep them under names of its
     * own.
     */
    Redaction redaction(FileHead head);
}
