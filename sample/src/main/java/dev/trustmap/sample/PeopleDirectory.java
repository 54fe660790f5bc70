package dev.trustmap.sample;

import java.io.IOException;
import java.io.Writer;

/**
 * The people directory ({@code evidence/people.csv}), as an HR system exports it for the owners checks: everyone
 * who owns, approves or delegates, with the date each leaver left. Leavers stay listed.
 */
final class PeopleDirectory implements EstatePart {

    static final String PATH = "evidence/people.csv";

    private final Estate estate;

    PeopleDirectory(Estate estate) {
        this.estate = estate;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        People people = estate.people();
        try (Writer out = files.text(PATH)) {
            out.write("email,name,status,departed_on\n");
            for (int i = 0; i < people.count(); i++) {
                boolean departed = people.departedBy(i, estate.asOf());
                out.write(Csv.row(people.email(i), people.name(i), departed ? "departed" : "active",
                        departed ? Times.date(people.leavesAt(i)) : null));
                out.write('\n');
            }
        }
        files.tally(PATH, "owners", people.count(), 0);
    }
}
