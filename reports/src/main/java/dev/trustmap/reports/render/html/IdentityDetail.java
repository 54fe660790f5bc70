package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.Rows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An identity with its credentials, for the per-identity detail of the operator page. */
public record IdentityDetail(IdentityRow identity, List<CredentialRow> credentials) {

    /**
     * The identities holding credentials, in model order, each with its credentials in model order; at most
     * {@code cap} credential rows in all.
     */
    static List<IdentityDetail> of(Rows<IdentityRow> identities, Rows<CredentialRow> credentials, int cap) {
        Map<String, List<CredentialRow>> byIdentity = new LinkedHashMap<>();
        int[] taken = {0};
        credentials.forEach(c -> {
            if (taken[0] < cap) { // credentials come identity by identity, so the first rows make whole groups
                byIdentity.computeIfAbsent(c.identity(), k -> new ArrayList<>()).add(c);
                taken[0]++;
            }
        });
        List<IdentityDetail> details = new ArrayList<>();
        identities.forEach(identity -> {
            List<CredentialRow> held = byIdentity.get(identity.id());
            if (held != null) {
                details.add(new IdentityDetail(identity, held));
            }
        });
        return details;
    }

    /** How many credential rows these details show. */
    static int rows(List<IdentityDetail> details) {
        return details.stream().mapToInt(d -> d.credentials().size()).sum();
    }
}
