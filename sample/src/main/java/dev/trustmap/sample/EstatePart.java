package dev.trustmap.sample;

import java.io.IOException;

/** One format's files, written in one pass and tallied in {@link EstateFiles}. */
interface EstatePart {

    void write(EstateFiles files) throws IOException;
}
