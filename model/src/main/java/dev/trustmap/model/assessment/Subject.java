package dev.trustmap.model.assessment;

/**
 * What a check judged: an identity, one of its credentials, or something that is not an identity (a control
 * without an owner, an exception). {@code identity} is then {@code kind:id}, e.g. {@code control:ACT-03}.
 *
 * @param owner who answers for it: the identity's technical owner (else business owner), or the control's owner
 */
public record Subject(String identity, String credential, String lane, String owner) {
}
