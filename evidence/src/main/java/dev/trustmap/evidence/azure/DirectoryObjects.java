package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.JsonRecords;

/**
 * Directory objects a Graph object lists in a relationship ({@code $expand=sponsors,owners}): users, groups or
 * service principals, each named by what it states first of {@code mail}, {@code userPrincipalName},
 * {@code displayName} and {@code id}. An email first, as the owners and people sheets name people by email.
 */
final class DirectoryObjects {

    private static final String[] NAMES = {"mail", "userPrincipalName", "displayName", "id"};

    private DirectoryObjects() {
    }

    /** The name of the first listed object that has one; null when the relationship is absent, null or empty. */
    static String first(EvidenceFile file, JsonNode node, String relationship, JsonRecords.At at) {
        JsonNode list = node.get(relationship);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw Graph.bad(file, at.child("/" + relationship), "expected " + relationship
                    + " to be an array of directory objects, found " + list.getNodeType() + ".", null);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode object = list.get(i);
            if (!object.isObject()) {
                throw Graph.bad(file, at.child("/" + relationship + "/" + i), "expected a directory object (a user or "
                        + "service principal), found " + object.getNodeType() + ".", null);
            }
            for (String name : NAMES) {
                String value = Graph.text(object, name);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
