package org.pathway.reporting.domain.report;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedValue;

/**
 * One row of {@code GET /reports/outcomes}: one score of one instrument at one timepoint for one
 * group. {@code n}, {@code mean}, {@code sd} describe the scores at the timepoint; the change
 * columns the within-participant change from baseline of the {@code changeN} participants who have
 * both (follow-up timepoints only; at baseline {@code changeN} is 0 and the change columns null).
 */
public record OutcomeRow(
        String group,
        String instrument,
        String timepoint,
        String score,
        SuppressedCount n,
        SuppressedValue mean,
        SuppressedValue sd,
        SuppressedCount changeN,
        SuppressedValue meanChange,
        SuppressedValue changeCiLower,
        SuppressedValue changeCiUpper) {
}
