package dev.trustmap.review;

import dev.trustmap.evidence.redact.SecretGuard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The columns of a review sheet: the facts an owner reads, the answers they give, and the hidden row key. */
final class ReviewColumns {

    static final List<String> FACTS = List.of("Identity", "Identity id", "Platform", "Account", "Environment",
            "System", "Kind", "Purpose", "Technical owner", "Business owner", "Active credentials",
            "Oldest credential (days)", "Last used", "Next expiry", "Open findings", "Overdue findings");
    /** Facts written as numbers, by position in {@link #FACTS}. */
    static final Set<Integer> NUMBERS = Set.of(10, 11, 14, 15);
    static final String ANSWER = "Answer";
    static final String TRANSFER_TO = "Transfer to";
    static final String DECOMMISSION_BY = "Decommission by";
    static final String REASON = "Reason";
    static final String KEY = "Row key";
    static final List<String> ANSWERS = List.of(ANSWER, TRANSFER_TO, DECOMMISSION_BY, REASON);
    static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(FACTS);
        all.addAll(ANSWERS);
        all.add(KEY);
        ALL = List.copyOf(all);
    }

    static final String REVIEW_SHEET = "Review";
    static final String CREDENTIALS_SHEET = "Credentials";
    static final String INSTRUCTIONS_SHEET = "Instructions";
    static final String LISTS_SHEET = "Lists";

    private ReviewColumns() {
    }

    static int column(String name) {
        return ALL.indexOf(name);
    }

    /**
     * The fact cells of an identity, as text, in {@link #FACTS} order; an absent value is empty. Every value passes
     * the secret guard here, where the workbook and the campaign both take it: a token typed into a name or purpose
     * of an {@code assess} folder's inventory never reaches a workbook.
     */
    static List<String> facts(Subject s) {
        List<Subject.CredentialFact> active = s.credentials().stream().filter(Subject.CredentialFact::active)
                .toList();
        String oldest = active.stream().map(Subject.CredentialFact::ageDays).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(String::valueOf).orElse("");
        String lastUsed = s.credentials().stream().map(Subject.CredentialFact::lastUsed).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse("not recorded");
        String nextExpiry = active.stream().map(Subject.CredentialFact::expires).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(active.isEmpty() ? "" : "none");
        return List.of(text(s.name()), SecretGuard.identifier(s.id()), text(s.platform()), text(s.account()),
                text(s.environment()),
                text(s.system()), text(s.actorClass()).replace('_', ' '), text(s.purpose()), text(s.technicalOwner()),
                text(s.businessOwner()), String.valueOf(active.size()), oldest, lastUsed, nextExpiry,
                String.valueOf(s.openFindings()), String.valueOf(s.overdueFindings()));
    }

    private static String text(String value) {
        return value == null ? "" : SecretGuard.text(value);
    }
}
