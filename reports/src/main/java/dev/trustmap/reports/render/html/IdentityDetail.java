package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.IdentityRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An identity with its credentials, for the per-identity detail of the operator page. */
public record IdentityDetail(IdentityRow identity, List<CredentialRow> credentials) {

    /**
     * The identities holding credentials, in model order, each with its credentials in model order; at most
     * {@code cap} credential rows in all.
     */
    static List<IdentityDetail> of(List<IdentityRow> identities, List<CredentialRow> credentials, int cap) {
        Map<String, List<CredentialRow>> byIdentity = new HashMap<>();
        credentials.forEach(c -> byIdentity.computeIfAbsent(c.identity(), k -> new ArrayList<>()).add(c));
        List<IdentityDetail> details = new ArrayList<>();
        int budget = cap;
        for (IdentityRow identity : identities) {
            List<CredentialRow> held = byIdentity.getOrDefault(identity.id(), List.of());
            if (held.isEmpty() || budget == 0) {
                continue;
            }
            List<CredentialRow> shown = held.size() > budget ? held.subList(0, budget) : held;
            budget -= shown.size();
            details.add(new IdentityDetail(identity, shown));
        }
        return details;
    }

    /** How many credential rows these details show. */
    static int rows(List<IdentityDetail> details) {
        return details.stream().mapToInt(d -> d.credentials().size()).sum();
    }
}
