package dev.trustmap.reports.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people the document names (who attested a control, who approved an exception), each an OSCAL party of type
 * person, in the order first named. The name is what the input gave, often an email address; it is not checked
 * against a directory.
 */
final class Parties {

    private final Map<String, String> nameByUuid = new LinkedHashMap<>();

    /** The party's uuid, adding the party on first use; null for a blank name. */
    String uuidOf(String name) {
        String clean = OscalText.string(name);
        if (clean == null) {
            return null;
        }
        String uuid = OscalIds.party(clean);
        nameByUuid.putIfAbsent(uuid, clean);
        return uuid;
    }

    List<OscalObject> list() {
        List<OscalObject> parties = new ArrayList<>();
        nameByUuid.forEach((uuid, name) -> parties.add(OscalObject.of().put("uuid", uuid).put("type", "person")
                .put("name", name)));
        return parties;
    }
}
