package dev.trustmap.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How the sample estate's owners answer an owner review, for the demo: most return their workbook, most rows
 * are kept, a few are handed over, switched off or disowned, a few are left blank, and one in fifty is an answer
 * the collection refuses (a decommission date already past, a transfer to an address the directory lacks). The
 * same seed gives the same answers; each depends on the workbook and the identity only, not on the order they are
 * asked in.
 */
public final class ReviewAnswers {

    /** One row's answer, as a person types it. */
    public record Typed(String answer, String transferTo, LocalDate decommissionBy, String reason) {
    }

    /** Percent of owners who return their workbook. */
    static final int RETURNING = 85;
    private static final List<String> KEEP_REASONS = List.of("", "", "still in daily use", "runs the nightly batch",
            "needed for the Q4 release", "feeds the finance reports");
    private static final List<String> DECOMMISSION_REASONS = List.of("replaced by workload identity federation",
            "the project has ended", "duplicate of another account");

    private final long seed;
    private final List<String> people;
    private final LocalDate collectedOn;

    /**
     * @param people whom a transfer may name (active people of the directory)
     * @param collectedOn the day answers are collected; decommission dates fall after it
     */
    public ReviewAnswers(long seed, List<String> people, LocalDate collectedOn) {
        this.seed = seed;
        this.people = List.copyOf(people);
        this.collectedOn = collectedOn;
    }

    /** Whether the owner of this workbook sends it back at all. */
    public boolean returns(String workbook) {
        return random(workbook, "").nextInt(100) < RETURNING;
    }

    /**
     * The answer to one row; empty leaves it blank.
     *
     * @param programme the row is in the programme owners' workbook, where only transfer and decommission hold
     * @param owner the owner the row was sent to, whom a transfer never names
     */
    public Optional<Typed> answer(String workbook, String identityId, boolean programme, String owner) {
        SplittableRandom random = random(workbook, identityId);
        int roll = random.nextInt(100);
        if (programme) {
            if (roll < 55) {
                return transfer(random, owner);
            }
            return roll < 85 ? Optional.of(decommission(random)) : Optional.empty();
        }
        if (roll < 80) {
            return Optional.of(new Typed("keep", null, null, KEEP_REASONS.get(random.nextInt(KEEP_REASONS.size()))));
        }
        if (roll < 86) {
            return transfer(random, owner);
        }
        if (roll < 91) {
            return Optional.of(decommission(random));
        }
        if (roll < 94) {
            return Optional.of(new Typed("not mine", null, null, "never worked on this system"));
        }
        // a few answers the collection refuses, as people do: a date already past, a team address nobody holds
        if (roll == 94) {
            return Optional.of(new Typed("decommission", null, collectedOn.minusDays(1 + random.nextInt(30)),
                    "already switched off"));
        }
        if (roll == 95 && owner != null) {
            return Optional.of(new Typed("transfer", "platform-team" + owner.substring(owner.indexOf('@')), null,
                    "the platform team runs it now"));
        }
        return Optional.empty();
    }

    private Optional<Typed> transfer(SplittableRandom random, String owner) {
        List<String> others = people.stream().filter(p -> !p.equals(owner)).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Typed("transfer", others.get(random.nextInt(others.size())), null,
                "moved to the platform team"));
    }

    private Typed decommission(SplittableRandom random) {
        return new Typed("decommission", null, collectedOn.plusDays(14 + random.nextInt(90)),
                DECOMMISSION_REASONS.get(random.nextInt(DECOMMISSION_REASONS.size())));
    }

    /** A generator for one workbook and row, from a hash Java specifies (String.hashCode), so runs agree. */
    private SplittableRandom random(String workbook, String identityId) {
        return new SplittableRandom(seed * 1_000_003L + (workbook + "\n" + identityId).hashCode());
    }
}
