package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.internal.JsonRecords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which tenant owns the file's own applications, learnt in a first pass so that a service principal can be judged
 * wherever it sits in the file. Graph does not write the tenant into a list; it shows in the
 * {@code appOwnerOrganizationId} of service principals whose application is registered here (an application object
 * in the same file) or that only this tenant may sign in to ({@code signInAudience: AzureADMyOrg}).
 */
final class HomeTenants implements JsonRecords.Listener {

    /** Tenants that own Microsoft's first-party applications (Microsoft Services, Microsoft). */
    static final Set<String> MICROSOFT = Set.of("f8cdef31-a31e-4b4a-93e4-5f571e91255a",
            "72f988bf-86f1-41af-91ab-2d7cd011db47");

    private final Set<String> registered = new HashSet<>();
    private final Map<String, String> ownerByAppId = new HashMap<>();
    private final Set<String> home = new HashSet<>();

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        String appId = node.isObject() ? Graph.text(node, "appId") : null;
        if (appId == null) {
            return;
        }
        if (!servicePrincipal(node)) {
            registered.add(appId);
            return;
        }
        String owner = Graph.text(node, "appOwnerOrganizationId");
        if (owner != null && !MICROSOFT.contains(owner)) {
            ownerByAppId.put(appId, owner);
            if ("AzureADMyOrg".equals(Graph.text(node, "signInAudience"))) {
                home.add(owner);
            }
        }
    }

    /** The home tenant ids the file reveals; empty when it does not say. */
    Set<String> tenants() {
        Set<String> tenants = new HashSet<>(home);
        registered.stream().map(ownerByAppId::get).filter(t -> t != null).forEach(tenants::add);
        return tenants;
    }

    /** Service principals carry a type and their names; application objects have neither. */
    static boolean servicePrincipal(JsonNode node) {
        return node.has("servicePrincipalType") || node.has("servicePrincipalNames")
                || node.has("appOwnerOrganizationId")
                || "#microsoft.graph.servicePrincipal".equals(Graph.text(node, "@odata.type"));
    }
}
