package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.Rows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An identity with its credentials, for the per-identity detail of the operator page. */
public record IdentityDetail(IdentityRow identity, List<CredentialRow> credentials) {

    /**
     * The credentials of {@code identities} (already chosen and ordered), in that order, each identity's in model
     * order; at most {@code cap} credential rows in all, whole identities only.
     */
    static List<IdentityDetail> of(List<IdentityRow> identities, Rows<CredentialRow> credentials, int cap) {
        Map<String, List<CredentialRow>> byIdentity = new HashMap<>();
        identities.forEach(i -> byIdentity.put(i.id(), new ArrayList<>()));
        credentials.forEach(c -> {
            List<CredentialRow> held = byIdentity.get(c.identity());
            if (held != null) {
                held.add(c);
            }
        });
        List<IdentityDetail> details = new ArrayList<>();
        int rows = 0;
        for (IdentityRow identity : identities) {
            List<CredentialRow> held = byIdentity.get(identity.id());
            if (held.isEmpty()) {
                continue;
            }
            if (rows + held.size() > cap) {
                break;
            }
            rows += held.size();
            details.add(new IdentityDetail(identity, held));
        }
        return details;
    }

    /** How many credential rows these details show. */
    static int rows(List<IdentityDetail> details) {
        return details.stream().mapToInt(d -> d.credentials().size()).sum();
    }
}
