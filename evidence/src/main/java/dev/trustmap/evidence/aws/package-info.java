/**
 * AWS IAM importers: the credential report (users, their access keys, certificates and console passwords), the
 * account authorization details (users' and roles' privilege, role last use, federated trust), and the users'
 * service-specific credentials. Every one names an IAM user by its ARN, so the three merge into one identity per user.
 *
 * <p><b>Service-specific credentials</b> ({@code aws iam list-service-specific-credentials}): each credential is on
 * its IAM user, {@code id} {@code arn:aws:iam::ACCOUNT:user/UserName}. IAM names the user, not its ARN: the account
 * is the one {@code ServiceUserName} names ({@code jane-at-123456789012}), else the one the file's other credentials
 * name (a Bedrock API key may have no ServiceUserName; one call lists one account). The ARN assumed is that of a user
 * on the default path {@code /} in the standard partition: a user on another path ({@code user/ci/deployer}), or in
 * aws-cn or aws-us-gov, does not merge with the credential report. With no account at all the user is
 * {@code aws-iam-user:UserName}, with a warning. The actor class comes from the user's name or is left to the other
 * sources and the owners sheet, as in the authorization details. The service the credential is limited to
 * ({@code ServiceName}) is one of the identity's {@code scopes}: {@code bedrock.amazonaws.com} marks a holder of a
 * generative-AI key, AI-lane evidence that checks and reports can see, while the holder's actor class stays what
 * the other evidence says (the file says nothing of who uses the key).
 *
 * <p>The credential's {@code id} is {@code ServiceSpecificCredentialId}; {@code kind} {@code api_key} for a Bedrock
 * (or CloudWatch Logs) API key ({@code ServiceCredentialAlias}, or a {@code bedrock.} service), else
 * {@code password} (CodeCommit and Keyspaces credentials are a generated user name and password);
 * {@code managedBy} {@code user}; {@code active} true for {@code Active}, false for {@code Inactive} and
 * {@code Expired}; {@code createdAt} {@code CreateDate} (a password reset does not show: the age runs from creation);
 * {@code expiresAt} {@code ExpirationDate}, which only Bedrock keys created with an expiry have (without it a key
 * never expires). IAM keeps no last use of these credentials: {@code lastUsedAt} is unknown, never "never"; the
 * importer declares it ({@link dev.trustmap.evidence.format.Shows#LAST_USE_NOT_RECORDED}), and RVK-01 reports such
 * a credential as not assessed ("last use not recorded") instead of unused since its creation.
 * {@code ServiceUserName} and {@code ServiceCredentialAlias} are not recorded; the create and reset outputs'
 * {@code ServicePassword} and {@code ServiceCredentialSecret} are never read and are replaced in the evidence pack.
 * A page with {@code IsTruncated: true} is warned about: the CLI does not follow this call's pages.
 */
package dev.trustmap.evidence.aws;
