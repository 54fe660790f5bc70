/**
 * SPIFFE/SPIRE: registration entries from {@code spire-server entry show -output json} and agents from
 * {@code spire-server agent list -output json} (the CLI reads every page; a saved API page with a
 * {@code next_page_token} is warned about). Neither holds a secret.
 *
 * <p><b>Entries.</b> An entry lets SPIRE issue a SPIFFE ID to the workloads (or, with the server as parent, the
 * nodes) its selectors attest. The identity is the SPIFFE ID ({@code spiffe://TRUST_DOMAIN/PATH} from
 * {@code spiffe_id}): its {@code id} and {@code name}, {@code platform} {@code spire}, {@code account} the trust
 * domain. Several entries issuing one SPIFFE ID (the same workload under several parents) are one identity with one
 * credential each. {@code parentIdentity} is {@code parent_id}, the agent or node alias allowed to obtain the SVID
 * (with several parents, the first read). The actor class is {@code workload} (the SPIFFE path's words may say
 * {@code pipeline}, as {@code /ns/ci/sa/deployer}); an entry whose parent is the server is a node entry,
 * {@code workload} too. {@code privileged} is true for an {@code admin} entry (the server's administrative APIs) or
 * a {@code downstream} one (it signs SVIDs as a downstream server), else not stated.
 *
 * <p><b>The entry's credential</b> ({@code id} the entry's {@code id}) is {@code federated}, {@code managedBy}
 * {@code platform}: the workload proves itself by attestation and SPIRE mints and renews short-lived X.509 and JWT
 * SVIDs on demand, so there is no stored secret to rotate, leak or leave unused. Not {@code certificate}: an SVID
 * lives an hour or so and SPIRE renews it itself, so an expiry of the SVID in hand would be long past at a quarter's
 * as-of instant and say nothing. {@code ttlSeconds} is the longer of {@code x509_svid_ttl} and {@code jwt_svid_ttl}
 * (or the older {@code ttl}); 0 means the server's default, which the export does not show, so an entry left to
 * the defaults has no TTL. {@code createdAt} is {@code created_at}; {@code expiresAt} is the entry's
 * {@code expires_at} ({@code "0"}: none), after which SPIRE issues nothing for it, so {@code active} is false
 * for an entry expired at the as-of instant. Times are epoch seconds written as strings.
 *
 * <p><b>Agents.</b> Each agent is a node identity: {@code id} its SPIFFE ID ({@code spiffe://TD/spire/agent/...}),
 * {@code workload}, with {@code attestation_type} in the reason ("SPIRE agent: a node attested by aws_iid"),
 * {@code status} {@code disabled} when {@code banned}, else {@code active}. Its credential ({@code <id>#x509-svid})
 * is {@code federated} and {@code platform}-managed for the same reason, inactive when banned, {@code expiresAt} the
 * current SVID's {@code x509svid_expires_at}.
 *
 * <p><b>Not recorded.</b> Selectors, {@code federates_with} (the trust domains whose bundles the SVID carries),
 * {@code dns_names}, {@code hint}, {@code store_svid}, {@code revision_number}; an agent's serial number (new at
 * every renewal), {@code can_reattest}, selectors and version. Neither export has an owner or a last-use time. Entries
 * for downstream servers appear only in {@code entry show -downstream}: export both.
 */
package dev.trustmap.evidence.spire;
