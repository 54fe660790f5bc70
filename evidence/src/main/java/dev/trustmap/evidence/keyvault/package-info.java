/**
 * Azure Key Vault: the secrets and certificates of a vault, from {@code az keyvault secret list -o json} and
 * {@code az keyvault certificate list -o json}, or the REST pages they call ({@code GET /secrets},
 * {@code GET /certificates}: {@code value} and {@code nextLink}, pages back to back in one file or in several).
 * Lists carry no secret value; a secret bundle saved among them ({@code az keyvault secret show}, REST
 * {@code GET /secrets/NAME}) has its {@code value} replaced in the evidence pack and never read.
 *
 * <p><b>Identity.</b> Each secret and each certificate is an identity of its own, as for any stored secret: the
 * export does not say what reads it. {@code id} is the object's identifier without its version, the host in lower
 * case and without {@code :443} ({@code https://myvault.vault.azure.net/secrets/db-password}); {@code name} is
 * {@code name} (az) or the identifier's last part (REST); {@code platform} {@code azure}; {@code account} the vault's
 * name. The owner and environment tags ({@code owner} or {@code technical-owner}, {@code business-owner},
 * {@code environment} or {@code env}; see {@link dev.trustmap.evidence.format.TagConventions}) give
 * {@code technicalOwner}, {@code businessOwner} and {@code environment}. The actor class is inferred from the name,
 * else unknown: no lane until a name or the owners sheet says. {@code status} is {@code active} or {@code disabled}
 * from {@code attributes.enabled}, and {@code decommissioned} for an item of a deleted list ({@code deletedDate},
 * which is also {@code decommissionOn}).
 *
 * <p><b>Credential.</b> One per object, {@code id} the identity's id. A secret is {@code api_key} (a stored static
 * secret; its {@code contentType} is free text and not read); a certificate is {@code certificate}. The secret behind
 * a certificate ({@code managed: true}, whose dates are the certificate's) is read as that certificate, under
 * {@code /certificates/NAME}, so the secret list and the certificate list of one vault give one certificate, not a
 * secret and a certificate; alone, it still shows the certificate. {@code managedBy} is {@code user}.
 * {@code active} is {@code attributes.enabled} (false once deleted). {@code createdAt} is {@code created};
 * {@code lastRotatedAt} is {@code updated}: the current version's last change, which a new version (a rotation)
 * moves, but so does an edit of its attributes alone (tags, expiry, enabled), so the age it gives can be younger than
 * the value (list the versions to know). {@code expiresAt} is {@code exp} (REST) or {@code expires} (az); absent
 * means the object never expires. REST writes epoch seconds, az ISO-8601: both are read.
 *
 * <p><b>Not recorded.</b> {@code nbf}/{@code notBefore}; {@code recoveryLevel} and {@code recoverableDays};
 * {@code contentType}; {@code kid}; a certificate's {@code x5t} or {@code x509Thumbprint} (SHA-1, so it cannot join
 * the SHA-256 ids of the {@code x509} importer) and {@code subject} (empty in lists); other tags. There is no
 * last-use time. A file whose last page has a {@code nextLink} is warned about: the pages after it are missing. An
 * empty list names no vault and is not recognised by its content: import it with {@code --source azure-keyvault}.
 */
package dev.trustmap.evidence.keyvault;
