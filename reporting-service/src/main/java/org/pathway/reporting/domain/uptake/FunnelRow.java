package org.pathway.reporting.domain.uptake;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedRate;

/**
 * One published row of {@code GET /reports/uptake}: the {@link FunnelCounts} after suppression, and
 * the stage-to-stage rates.
 *
 * @param acceptanceRate accepted / referred: how many referrals the pathway could take on
 * @param placementRate placed / accepted: how many accepted participants got an activity place
 * @param connectionRate connected / placed: how many placed participants attended a first session
 * @param engagementRate engaged / connected: how many who came once kept coming
 */
public record FunnelRow(
        String group,
        SuppressedCount referred,
        SuppressedCount accepted,
        SuppressedCount declined,
        SuppressedCount contacted,
        SuppressedCount placed,
        SuppressedCount connected,
        SuppressedCount engaged,
        SuppressedCount sustained,
        SuppressedCount withdrawn,
        SuppressedRate acceptanceRate,
        SuppressedRate placementRate,
        SuppressedRate connectionRate,
        SuppressedRate engagementRate) {
}
