package org.pathway.reporting.domain.report;

import java.time.Instant;

/** The newest event time seen from a site, and when the store last took one of its events. */
public record SiteFreshness(Instant lastEventAt, Instant lastReceivedAt) {
}
