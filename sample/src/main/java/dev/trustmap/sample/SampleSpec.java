package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;
import java.util.List;

/**
 * What to generate.
 *
 * @param identities the number of non-human identities (machine and AI lanes) the estate holds once imported;
 *     the AWS credential reports also list each account's root user and a few people, which trustmap counts as
 *     human and keeps out of every population
 * @param seed the same seed and period always give the same bytes
 * @param period the quarter described; every time in the files is derived from its as-of instant
 * @param controlIds the catalog's control ids, in catalog order, for the control-owner sheet; they must include
 *     {@link SampleControls#USED}
 */
public record SampleSpec(int identities, long seed, Quarter period, List<String> controlIds) {

    public SampleSpec {
        controlIds = List.copyOf(controlIds);
    }
}
