package dev.trustmap.model.assessment;

/**
 * What a check judged: an identity, one of its credentials, or something that is not an identity (a control
 * without an owner, an exception, an unlinked leak). {@code identity} is then {@code kind:id}, e.g.
 * {@code control:ACT-03}.
 *
 * @param lane the identity's lane; null for an identity of unknown class and for what is not an identity
 * @param owner who answers for it: the identity's technical owner (else business owner), or the control's owner
 * @param kind {@code identity}, or what else was judged: {@code control}, {@code exception}, {@code leak}
 */
public record Subject(String identity, String credential, String lane, String owner, String kind) {

    public static final String IDENTITY = "identity";

    public boolean isIdentity() {
        return IDENTITY.equals(kind);
    }
}
