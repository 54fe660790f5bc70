/**
 * Azure / Entra ID evidence: applications and service principals with their secrets and certificates from Microsoft
 * Graph or the az CLI, the Graph sign-in activity reports that say when each was last used, Entra Agent ID agent
 * identities, and delegated permission grants.
 *
 * <p><b>Names.</b> An Entra identity is named by its {@code appId}, which an application and its service principal
 * share. Graph names a service principal by its object {@code id} in relationships (a grant's {@code clientId}), so
 * every service principal read also gives {@code entra-sp:<object id>} as an alias of its appId; a record that only
 * knows the object id is sent under that alias, and joins the appId's identity when any file gives it, else stays
 * {@code entra-sp:<object id>} with a warning.
 *
 * <p><b>Agent identities</b> ({@code GET /beta/servicePrincipals/microsoft.graph.agentIdentity}, pages back to back or
 * in an array; a last page with {@code @odata.nextLink} is warned about). {@code appId} is the identity's id (else
 * {@code entra-sp:id}); {@code displayName} the name; {@code appOwnerOrganizationId}, where listed, the account. Actor
 * class {@code ai_agent}, stated by Entra ("Entra Agent ID agent identity of blueprint B"). {@code
 * agentIdentityBlueprintId} is {@code parentIdentity}, taken as the blueprint's appId, the id that names the blueprint
 * application in the applications export (not yet checked against a live tenant). {@code sponsors[]} (accountable for
 * the agent) give the {@code businessOwner}, {@code owners[]} (who manage it) the {@code technicalOwner}: the first
 * listed, by {@code mail}, else {@code userPrincipalName}, {@code displayName} or {@code id}. {@code accountEnabled}
 * and {@code disabledByMicrosoftStatus} give {@code status}; {@code lifecycle.expirationDateTime} (beta) gives {@code
 * decommissionOn}. No credential (its blueprint's credentials get its tokens), no last use (the sign-in reports may add
 * one by appId), no privilege stated. Not recorded: {@code createdDateTime} (the inventory has no identity creation
 * date), {@code createdByAppId}, {@code servicePrincipalType}, {@code tags}, further sponsors and owners. An agent
 * identity in the service-principal list ({@code @odata.type} {@code #microsoft.graph.agentIdentity} or a blueprint id)
 * is read the same way there.
 *
 * <p><b>Delegated permission grants</b> ({@code GET /v1.0/oauth2PermissionGrants}). A file's grants are gathered by
 * {@code clientId} and sent under {@code entra-sp:clientId}. {@code scope} is split on whitespace (empties dropped)
 * into {@code scopes}, the union across the client's grants, as Graph names them (the API is not part of the name).
 * {@code consentType} {@code AllPrincipals} (admin consent) makes {@code onBehalfOf} "every user (tenant-wide
 * consent)"; {@code Principal} grants name {@code user <principalId>} or how many users consented. An admin consent to
 * a broad scope ({@code *.ReadWrite.All}, {@code Directory.AccessAsUser.All}, {@code Mail.ReadWrite}, {@code
 * Mail.Send}) makes the client {@code privileged}, the reason naming the scope and the API's service principal object
 * id ({@code resourceId}); otherwise privilege is not stated, as application permissions are not in this export. An
 * empty scope delegates nothing but the client is still listed. Grants have no creation, expiry or last-use time in
 * v1.0 (the deprecated {@code expiryTime} is ignored); the grant's own {@code id} is not recorded.
 */
package dev.trustmap.evidence.azure;
