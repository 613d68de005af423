package org.pathway.reporting.domain.cost;

/**
 * One row of the cost report, all in integer pence.
 *
 * @param perAcceptedPence null when no participant was accepted
 * @param perEngagedPence null when no participant engaged
 */
public record CostRow(
        long activityPence,
        long linkWorkerPence,
        long totalPence,
        Long perAcceptedPence,
        Long perEngagedPence) {
}
