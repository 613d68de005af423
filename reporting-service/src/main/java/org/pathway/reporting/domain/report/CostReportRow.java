package org.pathway.reporting.domain.report;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedPence;

/**
 * One row of {@code GET /reports/cost}, in integer pence: activity sessions attended at their price
 * plus link-worker minutes at the site's hourly rate, in total and per accepted and per engaged
 * participant. A group's amounts are withheld with its accepted count, and the per-engaged cost
 * with the engaged count as well.
 */
public record CostReportRow(
        String group,
        SuppressedCount accepted,
        SuppressedCount engaged,
        SuppressedPence activityPence,
        SuppressedPence linkWorkerPence,
        SuppressedPence totalPence,
        SuppressedPence perAcceptedPence,
        SuppressedPence perEngagedPence) {
}
