package dev.trustmap.evidence.format;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.problem.InputProblem;

/** Where an importer sends what it reads. Identities with the same id, from any file, are merged. */
public interface ImportSink {

    /** An identity (with its credentials) this file reports. */
    void identity(Identity identity);

    /**
     * Facts that only add to an identity reported elsewhere (a sign-in activity report, a key's last use). Kept
     * when an identity with that id exists after every file is read; otherwise dropped and counted in a warning.
     */
    void enrichment(Identity partial);

    /** A leaked secret found by a scanner; linked to a credential afterwards where its key id or fingerprint match. */
    void leak(LeakedSecret leak);

    /** Something the user should know that does not stop the import (an unknown column, say). */
    void warning(InputProblem problem);

    /**
     * A row or element that cannot be read. With {@code --skip-bad-rows} it is skipped and listed; otherwise this
     * throws {@link dev.trustmap.model.problem.InputException} and the import fails with no output.
     */
    void badRow(InputProblem problem);

    ImportOptions options();
}
