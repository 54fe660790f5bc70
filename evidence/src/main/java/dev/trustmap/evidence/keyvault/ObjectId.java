package dev.trustmap.evidence.keyvault;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Key Vault object identifier, {@code https://VAULT.vault.azure.net/secrets/NAME[/VERSION]}: lists write it without
 * the version, {@code show} with it; the REST API's nextLink adds {@code :443}. Sovereign clouds have their own
 * domains.
 *
 * @param host the vault's host, lower case ({@code myvault.vault.azure.net})
 * @param collection {@code secrets} or {@code certificates}
 * @param name the object's name as written
 */
record ObjectId(String host, String collection, String name) {

    static final Pattern VAULT_OBJECT = Pattern.compile("https://([A-Za-z0-9-]+\\.vault\\.(?:azure\\.net|azure\\.cn"
            + "|usgovcloudapi\\.net|microsoftazure\\.de))(?::443)?/(secrets|certificates)/([A-Za-z0-9-]+)"
            + "(?:/[A-Za-z0-9]*)?/?");

    /** The parts of an identifier, or null when it is not a vault's secret or certificate. */
    static ObjectId parse(String id) {
        Matcher m = id == null ? null : VAULT_OBJECT.matcher(id.strip());
        return m != null && m.matches() ? new ObjectId(m.group(1).toLowerCase(Locale.ROOT), m.group(2), m.group(3))
                : null;
    }

    /** The vault's name: the first label of its host. */
    String vault() {
        return host.substring(0, host.indexOf('.'));
    }

    /** This object's identifier without a version, in {@code collection}. */
    String url(String inCollection) {
        return "https://" + host + "/" + inCollection + "/" + name;
    }
}
