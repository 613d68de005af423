package org.pathway.reporting.domain.report;

/**
 * One participant's score at one timepoint, e.g. a SWEMWBS {@code metricScore} at {@code 3m}; the
 * latest completed when a measure was repeated.
 */
public record OutcomeScore(
        String siteId,
        String participantId,
        String instrument,
        String timepoint,
        String score,
        double value) {
}
