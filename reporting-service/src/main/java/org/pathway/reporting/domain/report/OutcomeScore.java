package org.pathway.reporting.domain.report;

/**
 * Alike scores at one measure, e.g. a SWEMWBS {@code metricScore} at {@code 3m}: {@code participants}
 * participants of one profile (their site and the attribute a report groups by) whose score there was
 * {@code value}, the latest completed when a measure was repeated.
 *
 * @param baseline their latest baseline score of the same instrument and score; null at baseline
 *                 itself, and for participants with no baseline score
 */
public record OutcomeScore(
        Participant participant,
        String instrument,
        String timepoint,
        String score,
        double value,
        Double baseline,
        int participants) {
}
