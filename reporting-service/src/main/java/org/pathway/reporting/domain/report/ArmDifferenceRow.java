package org.pathway.reporting.domain.report;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedValue;

/**
 * One row of {@code GET /reports/outcomes/difference}: one score of one instrument at one follow-up timepoint,
 * the mean change from baseline in each arm and the difference between the arms (pathway − comparison) with
 * Welch's 95% confidence interval. Descriptive: the arms were not randomised.
 */
public record ArmDifferenceRow(
        String instrument,
        String score,
        String timepoint,
        SuppressedCount pathwayN,
        SuppressedValue pathwayMeanChange,
        SuppressedCount comparisonN,
        SuppressedValue comparisonMeanChange,
        SuppressedValue difference,
        SuppressedValue differenceCiLower,
        SuppressedValue differenceCiUpper,
        SuppressedValue welchDf) {
}
