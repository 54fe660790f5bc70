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

    /**
     * The platform also names identity {@code id} as {@code alias} (an Entra service principal's object id, where the
     * identity is named by its appId). Records sent with {@link #identityByAlias} under that alias join the identity.
     */
    default void alias(String alias, String id) {
    }

    /**
     * An identity named by a second name of the platform's, which may be an {@link #alias} another file gives (a
     * delegated-permission grant names its client by service-principal object id). It joins the identity the alias
     * names, after that identity's own records; where no file gives the alias, it stands as an identity of its own
     * under that name.
     */
    default void identityByAlias(Identity identity) {
        identity(identity);
    }

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
