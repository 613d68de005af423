package org.pathway.reporting.domain.report;

import java.time.Instant;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedPence;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.SuppressedValue;

/**
 * One row of {@code GET /reports/sites}: the headline of each report for one site, suppressed as in
 * that report grouped by site, and how fresh the site's data is.
 *
 * @param lastEventAt the newest event time seen from the site; null before its first event
 * @param lastReceivedAt when the store last took one of the site's events
 * @param lagSeconds seconds from {@code lastEventAt} to the time of the report
 */
public record SiteRow(
        String site,
        SuppressedCount referred,
        SuppressedCount accepted,
        SuppressedCount placed,
        SuppressedCount connected,
        SuppressedCount engaged,
        SuppressedRate acceptanceRate,
        SuppressedRate placementRate,
        SuppressedValue daysToContactMedian,
        SuppressedValue daysToFirstSessionMedian,
        SuppressedRate adherenceRate,
        SuppressedPence totalCostPence,
        SuppressedPence costPerAcceptedPence,
        Instant lastEventAt,
        Instant lastReceivedAt,
        Long lagSeconds) {
}
