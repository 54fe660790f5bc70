package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.file.EvidenceFile;
import java.io.IOException;
import java.io.OutputStream;

/** Copies one kind of file with its secrets replaced. One class per layout: JSON, JSON Lines, CSV, PEM. */
interface Copier {

    /**
     * Writes the redacted copy; leaves {@code out} open.
     *
     * @return how many values were replaced
     * @throws dev.trustmap.model.problem.InputException when the file cannot be parsed (never quoting its content)
     */
    long copy(EvidenceFile file, OutputStream out) throws IOException;
}
