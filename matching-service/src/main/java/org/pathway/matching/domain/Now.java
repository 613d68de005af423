package org.pathway.matching.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at PostgreSQL's precision, so a value answered now equals the value read back later. */
final class Now {

    private Now() {
    }

    static Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
