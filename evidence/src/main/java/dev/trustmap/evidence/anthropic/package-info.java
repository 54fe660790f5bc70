/**
 * Anthropic organisation API keys: the Admin API's {@code GET /v1/organizations/api_keys}, {@code {"data": [...],
 * "has_more", "first_id", "last_id"}}, pages back to back or in one JSON array; {@code has_more: true} on the last
 * page read is warned about. No licensed sample was found: the tests' files are written by hand from the published
 * API reference and SDK models.
 *
 * <p><b>Identity.</b> Each key ({@code type: "api_key"}) is an identity of its own, {@code anthropic:<id>}
 * ({@code apikey_...}), {@code name} its name, {@code platform} {@code anthropic}, {@code account} its
 * {@code workspace_id}, or {@code default} when null (the organisation's default workspace). A key belongs to its
 * workspace, not to a person, and calls an AI platform's API: {@code ai_agent}. {@code technicalOwner} is the user who
 * created it ({@code created_by.id} when {@code created_by.type} is {@code user}) until the owners sheet names
 * another; {@code created_by} null means the creator is not recorded (legacy, federated or system-created keys).
 * {@code status}: {@code active} is {@code active}; {@code inactive} and {@code expired} are {@code disabled};
 * {@code archived} is {@code decommissioned}.
 *
 * <p><b>Credential.</b> The key, {@code id} its id, {@code api_key}, {@code managedBy} {@code user}, {@code active}
 * true only for {@code status: active}; {@code createdAt} {@code created_at} and {@code expiresAt}
 * {@code expires_at} (RFC 3339; null or absent: never expires). <b>Last use is not recorded</b>: the API keeps none,
 * so {@code lastUsedAt} is null and means "not recorded", never "never used". The importer says so once
 * ({@link dev.trustmap.evidence.format.Shows#LAST_USE_NOT_RECORDED}), and RVK-01 reports such a key as not assessed
 * instead of unused.
 *
 * <p><b>Not recorded.</b> {@code partial_key_hint} ({@code sk-ant-api03-R2D...igAA}): characters of the key, never
 * read, and replaced by a bare marker in the evidence pack. The newer {@code principal} and {@code scope} members.
 */
package dev.trustmap.evidence.anthropic;
