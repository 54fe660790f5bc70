package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;
import java.util.List;

/**
 * What a sample holds.
 *
 * @param identities the non-human identities (machine and AI lanes) an import of {@code evidence/} finds
 * @param humans the people the AWS credential reports list besides (root users and a few console users)
 * @param files every file written, in the order written
 * @param mailDomain where its people's mail goes, e.g. {@code palisade.example}
 */
public record SampleSummary(Quarter period, long seed, String organisation, int identities, int humans,
        List<SampleFile> files, String mailDomain) {

    public SampleSummary {
        files = List.copyOf(files);
    }

    /**
     * One file.
     *
     * @param format the source key of the importer that reads it ({@code aws-credential-report}), or what it is
     *     for the files import does not read ({@code exceptions})
     * @param records rows, objects or certificates in the file
     * @param identities identities whose home is this file (0 for files that only add to identities listed
     *     elsewhere, such as key listings)
     */
    public record SampleFile(String path, String format, long records, long identities) {
    }
}
