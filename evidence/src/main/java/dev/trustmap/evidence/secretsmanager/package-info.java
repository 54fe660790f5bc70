/**
 * AWS Secrets Manager: the metadata of secrets from {@code aws secretsmanager list-secrets} and
 * {@code describe-secret}. Neither prints a secret's value; should {@code get-secret-value} output be imported by
 * mistake, {@code SecretString} and {@code SecretBinary} are never read and are replaced in the evidence pack.
 *
 * <p><b>Identity.</b> Each secret is an identity of its own: {@code id} is the secret's {@code ARN}, {@code name} its
 * {@code Name}, {@code platform} {@code aws}, {@code account} the account in the ARN. A secret stands for whatever
 * reads it (an application, a job, a vendor integration); the export does not name it, so the secret is not filed
 * under an owner's identity: owners are people, and people appear only as owners. The tags that by convention name
 * owners and environment ({@code owner} or {@code technical-owner}, {@code business-owner}, {@code environment} or
 * {@code env}; see {@link dev.trustmap.evidence.format.TagConventions}) give {@code technicalOwner},
 * {@code businessOwner} and {@code environment}; {@code Description} gives {@code purpose}. The actor class is
 * inferred from the name ({@code prod/ci/deploy-key} is a pipeline) or left unknown for the owners sheet to state:
 * a stored secret may be read by a workload, a pipeline or an AI agent alike, so there is no default and no lane
 * until a name or the sheet says. {@code status} is {@code active}, or {@code decommissioned} once
 * {@code DeletedDate} is set, which also becomes {@code decommissionOn} (AWS documents it both as the time of
 * deletion and as the scheduled deletion; either way the secret can no longer be read).
 *
 * <p><b>Credential.</b> One per secret, {@code id} the ARN. {@code kind} is {@code password} for a secret RDS owns
 * ({@code OwningService: rds}, a database's master user password) and {@code api_key} for every other secret: a
 * stored static secret whose content (a password, a key, a token) the metadata does not tell. {@code managedBy} is
 * {@code platform} when {@code OwningService} is set (the owning service creates and rotates it) and {@code user}
 * otherwise, rotation enabled or not: a secret rotated by a Lambda is rotated, by its owner's function, and judged
 * on how recently. {@code active} is false once {@code DeletedDate} is set. {@code createdAt} is
 * {@code CreatedDate}; {@code lastRotatedAt} is {@code LastRotatedDate} (absent when rotation never ran, so the age
 * runs from creation); {@code lastUsedAt} (also the identity's) is {@code LastAccessedDate}, which AWS keeps to the
 * day: it is read as an instant and cut to its UTC date, since CLI v2 prints it in the local zone
 * ({@code 2026-11-28T19:00:00-05:00} is 2026-11-29). A secret has no expiry ({@code expiresAt} null). Times are
 * read in both CLI forms: v1's epoch seconds ({@code 1523477145.729}) and v2's ISO-8601 with an offset.
 *
 * <p><b>Not recorded.</b> {@code RotationEnabled}, {@code RotationRules}, {@code RotationLambdaARN} and
 * {@code NextRotationDate} (the inventory has no field for a rotation schedule: rotation is judged by its result,
 * {@code LastRotatedDate}); {@code LastChangedDate} (it moves on any change, a tag or a description too, so it is no
 * rotation date); {@code KmsKeyId}, versions and their stages, replication; tags other than the conventions above.
 * A list ending with {@code NextToken} is one page of several: the import warns that secrets are missing.
 */
package dev.trustmap.evidence.secretsmanager;
