package dev.trustmap.evidence.x509;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Reads the common name out of a distinguished name as certificates and SSL Labs write it. */
final class DistinguishedNames {

    private static final Pattern CN = Pattern.compile("(?i)(?:^|[,/]\\s*)CN=([^,/]+)");

    private DistinguishedNames() {
    }

    /** The CN of a DN ({@code CN=R3, O=Let's Encrypt, C=US} gives R3), the DN itself when it has no CN. */
    static String commonNameOr(String dn) {
        if (dn == null || dn.isBlank()) {
            return null;
        }
        String cn = commonName(dn);
        return cn != null ? cn : dn.strip();
    }

    /** The most specific CN of a DN, or null. */
    static String commonName(String dn) {
        try {
            List<Rdn> rdns = new LdapName(dn).getRdns();
            // LdapName lists RDNs right to left; the subject's own CN is the leftmost.
            for (int i = rdns.size() - 1; i >= 0; i--) {
                Rdn rdn = rdns.get(i);
                if ("CN".equalsIgnoreCase(rdn.getType()) && rdn.getValue() instanceof String value) {
                    return value.strip();
                }
            }
            return null;
        } catch (InvalidNameException | IllegalArgumentException e) {
            // SSL Labs and OpenSSL sometimes print names LDAP syntax rejects (unescaped quotes, slashes).
            Matcher m = CN.matcher(dn);
            return m.find() ? m.group(1).strip() : null;
        }
    }
}
