package dev.trustmap.sample;

import java.util.List;

/**
 * The organisation's people: the owners, approvers and delegators of the estate, and the directory that says who
 * has left. Person {@code i} is a pure function of the seed and {@code i}; about a fifth of them leave some time
 * between 2024 and 2030, so that each quarter a few more owners are gone.
 */
final class People {

    private static final List<String> FIRST = List.of("Ada", "Amara", "Anders", "Aoife", "Arjun", "Beatriz",
            "Bilal", "Bruno", "Camille", "Chen", "Chiara", "Dalia", "Dmitri", "Eamon", "Elif", "Emeka", "Erin",
            "Farah", "Felix", "Freya", "Gabriel", "Greta", "Hana", "Hugo", "Ines", "Ingrid", "Isaac", "Jana",
            "Javier", "Jonas", "Kaito", "Kalani", "Keira", "Lars", "Leila", "Lucia", "Maeve", "Malik", "Marta",
            "Mateo", "Mei", "Milan", "Nadia", "Nikhil", "Noor", "Olga", "Oren", "Priya", "Rafael", "Rania", "Rosa",
            "Ruben", "Saoirse", "Sven", "Tariq", "Thea", "Tomas", "Uma", "Vera", "Wanjiru", "Yara", "Yusuf", "Zofia",
            "Zoltan");
    private static final List<String> LAST = List.of("Abara", "Achterberg", "Alvarez", "Andersen", "Bakker",
            "Banerjee", "Barros", "Becker", "Bianchi", "Brennan", "Castillo", "Celik", "Chowdhury", "Costa", "Dahl",
            "Delacroix", "Dubois", "Eriksen", "Fagerlund", "Ferreira", "Fischer", "Fonseca", "Gallagher", "Garcia",
            "Haddad", "Halvorsen", "Hoang", "Ibrahim", "Iyer", "Jansen", "Jovanovic", "Kamau", "Kaplan", "Kowalski",
            "Kuznetsova", "Larsen", "Lindqvist", "Lopez", "Mahlangu", "Marchetti", "Mendes", "Moreau", "Murphy",
            "Nakamura", "Nguyen", "Novak", "Nyberg", "Okafor", "Oliveira", "Ortega", "Park", "Petrov", "Quinn",
            "Rahman", "Rossi", "Santos", "Schmidt", "Sato", "Silva", "Sokolov", "Suzuki", "Tanaka", "Teixeira",
            "Torres", "Usman", "Varga", "Vasquez", "Wagner", "Walsh", "Weber", "Yilmaz", "Yoon", "Zeller", "Zhou",
            "Zubiri");
    // coprime with 64 * 75 = 4800, so that i -> (i * STEP + offset) mod 4800 visits every name pair once
    private static final int STEP = 2_437;
    private static final long PERSON = 21;
    private static final long LEAVES = 2024;
    private static final double LEAVER_SHARE = 0.22;

    private final long seed;
    private final Organisation organisation;
    private final int count;
    private final int offset;
    private final long leaveFrom = java.time.LocalDate.of(2024, 1, 1).toEpochDay() * Timeline.DAY;
    private final long leaveTo = java.time.LocalDate.of(2030, 1, 1).toEpochDay() * Timeline.DAY;

    People(long seed, Organisation organisation, int identities) {
        this.seed = seed;
        this.organisation = organisation;
        this.count = directorySize(identities);
        this.offset = SampleRandom.keyed(seed, PERSON).nextInt(FIRST.size() * LAST.size());
    }

    /** One person for every twelve identities, at least 25 and at most 3,000. */
    static int directorySize(int identities) {
        return Math.max(25, Math.min(3_000, identities / 12));
    }

    int count() {
        return count;
    }

    String first(int i) {
        return FIRST.get(pair(i) % FIRST.size());
    }

    String last(int i) {
        return LAST.get(pair(i) / FIRST.size());
    }

    String name(int i) {
        return first(i) + " " + last(i);
    }

    /** {@code ada.okafor@bramblecote.example}; a number follows the name once every pair of names is taken. */
    String email(int i) {
        int round = i / (FIRST.size() * LAST.size());
        return lower(first(i)) + "." + lower(last(i)) + (round == 0 ? "" : String.valueOf(round + 1)) + "@"
                + organisation.domain();
    }

    /** Their GitHub login, as PAT grants name owners: {@code adaokafor-bramblecote}. */
    String login(int i) {
        int round = i / (FIRST.size() * LAST.size());
        return lower(first(i)) + lower(last(i)) + (round == 0 ? "" : String.valueOf(round + 1)) + "-"
                + organisation.slug();
    }

    /** When they leave, or -1 for those who stay. Fixed per person, whatever the period. */
    long leavesAt(int i) {
        SampleRandom r = SampleRandom.keyed(seed, PERSON, i, LEAVES);
        if (!r.chance(LEAVER_SHARE)) {
            return -1;
        }
        return leaveFrom + r.nextLong(leaveTo - leaveFrom);
    }

    boolean departedBy(int i, long instant) {
        long leaves = leavesAt(i);
        return leaves >= 0 && leaves <= instant;
    }

    /** A person drawn uniformly. */
    int pick(SampleRandom r) {
        return r.nextInt(count);
    }

    private int pair(int i) {
        return (int) (((long) i * STEP + offset) % (FIRST.size() * LAST.size()));
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
