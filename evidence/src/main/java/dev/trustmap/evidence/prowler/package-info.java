/**
 * Prowler's JSON-OCSF output ({@code prowler <provider> -M json-ocsf}): evidence about identities that other inputs
 * list, not an inventory. The file is one JSON array of OCSF Detection Findings ({@code class_uid} 2004), each the
 * result of one Prowler check on one or more resources.
 *
 * <p><b>Result.</b> Each finding becomes an {@link dev.trustmap.model.inventory.ExternalResult} on the identity of
 * each resource it names: {@code tool} {@code prowler}; {@code check} is {@code metadata.event_code}; {@code verdict}
 * is {@code muted} when {@code status} is {@code Suppressed} (muted in Prowler, whatever its result), else
 * {@code status_code} {@code PASS}, {@code FAIL} or {@code MANUAL} (any other value is a bad row); {@code findingId}
 * is {@code finding_info.uid}; {@code message} is {@code status_detail}, else {@code message}; {@code observedAt} is
 * {@code time} (epoch seconds). {@code time_dt} and {@code finding_info.created_time_dt} are never read: Prowler
 * writes them in the scanning machine's local time with no zone. Prowler 4.x's older shape has no {@code time}: an
 * epoch {@code finding_info.created_time} or a {@code time} or {@code event_time} written with a zone is taken
 * instead, and a finding with none of them is kept without a time and counted in a warning.
 *
 * <p><b>Join.</b> A resource is named by {@code resources[].uid}, normalised to the id trustmap's own importers give
 * the identity: an AWS ARN as it is (an IAM user's or role's ARN as in the credential report and the authorization
 * details, a Secrets Manager secret's ARN with its random suffix); a GCP service account by its email, taken from a
 * uid that is the email or a full resource name ({@code projects/P/serviceAccounts/EMAIL/keys/ID}), or from
 * {@code name} where the uid is a bare key id (Prowler's key checks); an Entra app registration by its appId, read
 * from the raw resource ({@code data.metadata.app_id}) when present, else by its application object id, which the
 * applications import gives as an alias ({@code entra-app:<object id>}); a Kubernetes service account by
 * {@code namespace/name} (Kubernetes findings have no {@code cloud} object; their resources carry {@code namespace}).
 * Every other uid is taken as it is. A resource whose type is an identity or a credential ({@code AwsIamUser},
 * {@code AwsIamRole}, {@code AwsIamAccessKey}, {@code AwsSecretsManagerSecret}, a GCP or Kubernetes service account or
 * key, an Entra application or service principal) is sent as an identity: it merges with the identity another input
 * lists under that id, in whichever order the files come, and stands as an identity of its own (platform from
 * {@code cloud.provider}, account from {@code cloud.account.uid} for AWS and GCP, an IAM name from its ARN) where none
 * does. Any other resource is sent as an enrichment: it joins an identity with its id if some input lists one, and is
 * otherwise dropped and counted, with the first few uids, in the import's warning about records that name no
 * identity. Resources without a uid are passed over.
 *
 * <p><b>Not recorded.</b> {@code severity}, {@code unmapped.compliance} (Prowler's own framework mapping; which
 * trustmap controls a Prowler check speaks to is catalog data, {@code tool-checks}), the remediation, the raw
 * resource data beyond an appId, regions and the account's name. A run that was killed leaves the array
 * unterminated: the whole findings before the break are read and a warning names the last of them; the evidence
 * pack's copy keeps the file open in the same place. The published examples hold placeholders ({@code <account_uid>},
 * {@code <resource_uid>}) and no check on a non-human identity but GCP's {@code apikeys_key_exists}, whose resource
 * is a project; Key Vault expiry checks are reported on the vault, not the key, and so name no identity either.
 */
package dev.trustmap.evidence.prowler;
