package dev.trustmap.evidence.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.internal.JsonInput;

/**
 * The owner of a key, in either shape the Admin API writes: nested on project keys ({@code {"type": "user", "user":
 * {...}}} or {@code {"type": "service_account", "service_account": {...}}}), flat on admin keys ({@code {"type":
 * "user", "id": ..., "name": ...}}). The schema calls an admin key's owner "always user", but OpenAI's own example has
 * a service account: both are read.
 *
 * @param serviceAccount true for a service account, false for a user
 * @param id {@code user_...}, {@code svc_acct_...} or {@code sa_...}; null when not written
 * @param email a user's email; null for a service account
 * @param role the owner's role in the project or organisation ({@code owner}, {@code member} ...)
 */
record Owner(boolean serviceAccount, String id, String name, String email, String role) {

    static final String USER = "user";
    static final String SERVICE_ACCOUNT = "service_account";

    /** The owner, or null when {@code type} is neither {@code user} nor {@code service_account}. */
    static Owner of(JsonNode owner) {
        String type = JsonInput.text(owner, "type");
        if (!USER.equals(type) && !SERVICE_ACCOUNT.equals(type)) {
            return null;
        }
        JsonNode details = owner.path(type).isObject() ? owner.get(type) : owner;
        return new Owner(SERVICE_ACCOUNT.equals(type), JsonInput.text(details, "id"), JsonInput.text(details, "name"),
                JsonInput.text(details, "email"), JsonInput.text(details, "role"));
    }

    /** How the owner is named as a person: the email, else the name, else the id. */
    String person() {
        return email != null ? email : name != null ? name : id;
    }
}
