package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;

/** What every part of the sample shares: the request, the sizes, time, the organisation and its people. */
record Estate(SampleSpec spec, EstateShape shape, Timeline time, Organisation organisation, People people) {

    static Estate of(SampleSpec spec) {
        Organisation organisation = Organisation.of(spec.seed());
        return new Estate(spec, EstateShape.of(spec.identities()), new Timeline(spec.seed(), spec.period()),
                organisation, new People(spec.seed(), organisation, spec.identities()));
    }

    /** The same estate seen at another quarter. */
    Estate at(Quarter quarter) {
        return new Estate(spec, shape, new Timeline(spec.seed(), quarter), organisation, people);
    }

    long asOf() {
        return time.asOf();
    }

    String email(int person) {
        return people.email(person);
    }
}
