/**
 * OpenAI organisation keys: the Admin API's lists of admin API keys ({@code GET /v1/organization/admin_api_keys}),
 * project API keys and project service accounts ({@code GET /v1/organization/projects/{id}/api_keys} and
 * {@code .../service_accounts}), each {@code {"object": "list", "data": [...], "first_id", "last_id", "has_more"}};
 * pages back to back or in one JSON array. A record's {@code object} says which list it is from. The cursors are
 * never checked against the page (OpenAI's own example does not match); {@code has_more: true} on the last page read
 * is warned about.
 *
 * <p><b>Identities.</b> OpenAI is an AI platform, so everything it lists is in the AI lane. A service account
 * ({@code organization.project.service_account}, or a key's {@code owner.service_account} / flat service-account
 * owner) is an {@code ai_agent} identity {@code openai:<id>} ({@code svc_acct_...}, or {@code sa_...} for an admin
 * key's organisation-level owner), {@code name} its name, {@code status} {@code active} when listed;
 * {@code role: owner} makes it {@code privileged}. A key owned by a user is not filed under that person: humans are
 * only owners and delegators, and a personal key is what software uses on the person's authority. It is an identity
 * of its own, {@code openai:<key id>}, {@code ai_assistant} (a delegated assistant), with the user's email (else
 * name, else id) as {@code technicalOwner} and {@code onBehalfOf}, so DLG-01 asks for its task end and lifetime. The
 * schema calls an admin key's owner "always user" but OpenAI's example has a service account: both are read, from
 * either owner shape (nested on project keys, flat on admin keys). A key without an owner stands alone, with none.
 * An admin key makes its identity {@code privileged} (it manages the organisation's projects, members and keys).
 *
 * <p><b>Credentials.</b> Each key ({@code id} {@code key_...}) is an {@code api_key}, {@code managedBy} {@code user}.
 * {@code createdAt} {@code created_at}, {@code lastUsedAt} {@code last_used_at}, {@code expiresAt}
 * {@code expires_at} (admin keys; null: none), all epoch seconds. A null {@code last_used_at} means OpenAI holds no
 * use of the key: never used, or not since OpenAI began recording; trustmap says "no recorded use", not "never
 * used". {@code active} is {@code owner_project_access} ({@code active} true, {@code inactive} false: the owner lost
 * access to the project, and with it the key); admin keys do not say, so null. A user-owned key's identity is
 * {@code disabled} when its key is inactive.
 *
 * <p><b>Not recorded.</b> The project: a key or service account does not name its project and the response has no
 * other trace of it, so {@code account} is null (import each project's lists as its own file and name it). The
 * organisation. {@code redacted_value} ({@code sk-abc...def}): characters of the key, never read, and replaced by a
 * bare marker in the evidence pack. Service accounts' {@code created_at} (checked, not kept) and their last use (none
 * is given). There are no scopes, rotation dates or enabled flags in these lists.
 */
package dev.trustmap.evidence.openai;
