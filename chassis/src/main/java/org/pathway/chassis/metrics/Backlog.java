package org.pathway.chassis.metrics;

import java.time.Duration;

/** One site's unsent outbox rows when last read: how many, and how long the oldest has waited (zero: none). */
public record Backlog(long unsent, Duration oldestAge) {

    static final Backlog EMPTY = new Backlog(0, Duration.ZERO);
}
