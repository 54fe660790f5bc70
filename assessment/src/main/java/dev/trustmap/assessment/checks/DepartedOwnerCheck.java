package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.IdentityRules;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * RVK-03: identities whose owner has left are reassigned or revoked within {@code owner-departure-grace-days}.
 *
 * <p>Population: non-human identities with a technical or business owner, judged against the people directory
 * (owners matched by email, ignoring case). Fails when an owner is {@code departed} more than the grace period
 * before the as-of instant (or on an unknown date) and the identity can still act ({@link IdentityRules#canAct}: not
 * disabled or decommissioned, and holding a credential, able to get tokens on demand, recently used, or acting
 * without a credential of its own). A one-hour token having expired is not a revocation. Observed: "owner ana@x
 * departed 2026-08-01 (60 days ago)" or "owner departed, date unknown". An identity none of whose owners is in the
 * directory is not assessed.
 */
public final class DepartedOwnerCheck implements Check {

    public DepartedOwnerCheck() {
    }

    @Override
    public String controlId() {
        return "RVK-03";
    }

    @Override
    public Judgement start(CheckContext context) {
        if (context.people() == null) {
            // Without the directory no owner's state is known: the identities are passed over.
            return Populations.afterTheWalk(outcomes -> outcomes.noEvidence("no people directory"));
        }
        Map<String, Person> byEmail = new HashMap<>();
        for (Person person : context.people()) {
            if (person.email() != null && !person.email().isBlank()) {
                byEmail.putIfAbsent(key(person.email()), person);
            }
        }
        return Populations.identities(
                i -> i.lane() != Lane.HUMAN && (present(i.technicalOwner()) || present(i.businessOwner())),
                "no identity names an owner", (identity, outcomes) -> judge(context, byEmail, identity, outcomes));
    }

    private static void judge(CheckContext context, Map<String, Person> byEmail, Identity identity,
            Outcomes outcomes) {
        List<Person> owners = Stream.of(identity.technicalOwner(), identity.businessOwner())
                .filter(DepartedOwnerCheck::present)
                .map(owner -> byEmail.get(key(owner)))
                .filter(Objects::nonNull)
                .toList();
        if (owners.isEmpty()) {
            outcomes.notAssessed(Subjects.of(identity), "owner not in the people directory");
            return;
        }
        long grace = context.policy().limit(PolicyKey.OWNER_DEPARTURE_GRACE_DAYS, identity.lane(),
                identity.actorClass(), null);
        Overdue overdue = owners.stream()
                .filter(Person::departed)
                .map(p -> overdue(p, grace, context.asOf()))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        long idle = context.policy().limit(PolicyKey.UNUSED_DAYS, identity.lane(), identity.actorClass(), null);
        if (overdue == null || !IdentityRules.canAct(identity, context.asOf(), Duration.ofDays(idle))) {
            outcomes.pass(Subjects.of(identity));
        } else {
            outcomes.fail(Subjects.of(identity), null, overdue.observed(), grace + " days",
                    "Hand the identity to a current owner or revoke its credentials.", overdue.since());
        }
    }

    /** A departure past its grace period: what was seen, and when the grace ran out (null when undated). */
    private record Overdue(String observed, Instant since) {
    }

    /** The departure when it is past the grace period or undated, else null (still within grace). */
    private static Overdue overdue(Person person, long grace, Instant asOf) {
        Instant departed = person.departedOn();
        if (departed == null) {
            return new Overdue("owner departed, date unknown", null);
        }
        long days = Subjects.days(departed, asOf);
        if (days <= grace) {
            return null;
        }
        return new Overdue("owner " + person.email().strip() + " departed " + LocalDate.ofInstant(departed,
                ZoneOffset.UTC) + " (" + days + " days ago)", departed.plus(Duration.ofDays(grace)));
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
