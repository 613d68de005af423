package org.pathway.reporting.domain.report;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedValue;

/**
 * One row of {@code GET /reports/timeliness}: days from referral to first link-worker contact and to
 * the first attended session, as quartiles over the participants who got that far ({@code n}).
 */
public record TimelinessRow(
        String group,
        SuppressedCount daysToContactN,
        SuppressedValue daysToContactP25,
        SuppressedValue daysToContactMedian,
        SuppressedValue daysToContactP75,
        SuppressedCount daysToFirstSessionN,
        SuppressedValue daysToFirstSessionP25,
        SuppressedValue daysToFirstSessionMedian,
        SuppressedValue daysToFirstSessionP75) {
}
