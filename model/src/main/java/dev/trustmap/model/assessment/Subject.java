package dev.trustmap.model.assessment;

/**
 * What a check judged: an identity, one of its credentials, or something that is not an identity (a control
 * without an owner, an exception, an unlinked leak). {@code identity} is then {@code kind:id}, e.g.
 * {@code control:ACT-03}.
 *
 * @param lane the identity's lane; null for an identity of unknown class and for what is not an identity
 * @param owner who answers for it: the identity's technical owner (else business owner), or the control's owner
 * @param kind {@code identity}, or what else was judged: {@code control}, {@code exception}, {@code leak}
 * @param evidence where the facts judged were read, as the importer located them: a credential's input file and
 *     line, cell or JSON pointer, a leak's scanner report and position; for an identity, the sources that reported
 *     it; null when nothing says
 */
public record Subject(String identity, String credential, String lane, String owner, String kind, String evidence) {

    public static final String IDENTITY = "identity";

    /** The same subject, with the evidence it was judged from. */
    public Subject withEvidence(String where) {
        return new Subject(identity, credential, lane, owner, kind, where);
    }

    public boolean isIdentity() {
        return IDENTITY.equals(kind);
    }
}
