package dev.trustmap.assessment.policy;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where an exception stands at the as-of date, and which identities it covers. */
public final class ExceptionRules {

    /** An active exception expiring within this many days (inclusive) is flagged. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    private ExceptionRules() {
    }

    /**
     * The exception's state at {@code asOf}. INVALID, with every reason joined by {@code "; "}, when it has no
     * approver, is approved by its own requester (case-insensitively), has no expiry or no approval date, expires
     * before it was approved, or runs longer than {@code maxDays} from approval to expiry (exactly {@code maxDays}
     * is allowed). Otherwise EXPIRED when it expired before {@code asOf} (an exception expiring on the as-of date is
     * still active that day), else ACTIVE. {@code accepted} is 0: the engine counts what it accepts.
     *
     * @param maxDays the policy's {@code exception-max-days}
     */
    public static AppliedException evaluate(ExceptionGrant g, LocalDate asOf, long maxDays) {
        List<String> invalid = new ArrayList<>();
        if (blank(g.approvedBy())) {
            invalid.add("not approved");
        } else if (!blank(g.requestedBy()) && g.approvedBy().strip().toLowerCase(Locale.ROOT)
                .equals(g.requestedBy().strip().toLowerCase(Locale.ROOT))) {
            invalid.add("approved by its own requester");
        }
        if (g.expiresOn() == null) {
            invalid.add("no expiry date");
        }
        if (g.approvedOn() == null) {
            invalid.add("no approval date");
        }
        if (g.expiresOn() != null && g.approvedOn() != null) {
            long days = ChronoUnit.DAYS.between(g.approvedOn(), g.expiresOn());
            if (days < 0) {
                invalid.add("expires on " + g.expiresOn() + ", before its approval on " + g.approvedOn());
            } else if (days > maxDays) {
                invalid.add("runs " + days + " days, longer than " + maxDays);
            }
        }
        if (!invalid.isEmpty()) {
            return new AppliedException(g, ExceptionState.INVALID, String.join("; ", invalid), 0, false);
        }
        if (g.expiresOn().isBefore(asOf)) {
            return new AppliedException(g, ExceptionState.EXPIRED, "expired on " + g.expiresOn(), 0, false);
        }
        boolean soon = !g.expiresOn().isAfter(asOf.plusDays(EXPIRY_WARNING_DAYS));
        return new AppliedException(g, ExceptionState.ACTIVE, "active until " + g.expiresOn(), 0, soon);
    }

    /**
     * True when the exception covers the identity: its {@code identity} equals the id, or is a pattern in which
     * {@code *} stands for any run of characters ({@code /} and {@code :} included) and {@code ?} for exactly one.
     * Nothing else is special: the dots, brackets and plus signs of an ARN match only themselves. Case-sensitive.
     */
    public static boolean matches(ExceptionGrant g, String identityId) {
        String pattern = g.identity();
        if (pattern == null || identityId == null) {
            return false;
        }
        return pattern.equals(identityId) || glob(pattern, identityId);
    }

    /** Wildcard matching without regular expressions: linear backtracking to the last {@code *}. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))
                    && pattern.charAt(p) != '*') {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
