package dev.trustmap.sample;

/**
 * Who answers for an identity at the period, and whether anyone wrote it down. Two thirds of identities are
 * documented when created and the rest catch up at a fifth a quarter; an owner who leaves is replaced within days
 * (half of the time), within months, or never (one time in seven). Every draw is made whatever the period, so
 * that a later period differs only by the events of the quarters in between.
 *
 * @param documented the identity's owner, purpose and environment are recorded (in the inventory sheet's columns
 *     or a row of the identity-owner sheet)
 * @param technicalOwner index of a person
 * @param businessOwner index of a person, or -1 when none is named
 */
record Stewardship(boolean documented, int technicalOwner, int businessOwner, boolean purposeStated) {

    private static final long OWNERS = 31;
    private static final long DOCUMENTED = 32;

    static Stewardship of(Estate estate, long[] key, long bornAt) {
        Timeline time = estate.time();
        People people = estate.people();
        SampleRandom r = SampleRandom.keyed(time.seed(), key, OWNERS);
        boolean documentedAtBirth = r.chance(0.65);
        int technical = people.pick(r);
        int technicalSuccessor = people.pick(r);
        boolean named = r.chance(0.85);
        int business = people.pick(r);
        int businessSuccessor = people.pick(r);
        int lagKind = r.weighted(0.5, 0.35, 0.15);
        long lag = lagKind == 0 ? r.nextLong(10 * Timeline.DAY)
                : lagKind == 1 ? (30 + r.nextInt(170)) * Timeline.DAY : -1;
        boolean purpose = r.chance(0.9);

        boolean documented = documentedAtBirth
                || time.firstEvent(0.2, bornAt, append(key, DOCUMENTED)) >= 0;
        return new Stewardship(documented, current(people, time, technical, technicalSuccessor, bornAt, lag),
                named ? current(people, time, business, businessSuccessor, bornAt, lag) : -1, purpose);
    }

    /**
     * The owner at the period: nobody is given an identity after they have left; one who leaves later is replaced
     * once the lag has passed, if ever.
     */
    private static int current(People people, Timeline time, int first, int successor, long bornAt, long lag) {
        long leaves = people.leavesAt(first);
        boolean goneAtBirth = leaves >= 0 && leaves <= bornAt;
        if (goneAtBirth || leaves >= 0 && lag >= 0 && leaves + lag <= time.asOf()) {
            return successor == first ? (first + 1) % people.count() : successor;
        }
        return first;
    }

    static long[] append(long[] key, long last) {
        long[] path = java.util.Arrays.copyOf(key, key.length + 1);
        path[key.length] = last;
        return path;
    }
}
