package org.pathway.reporting.domain.uptake;

/**
 * Raw counts of one group of the uptake funnel (after Husk et al.: enrolment → engagement →
 * adherence). Every stage counts participants who ever reached it in the reporting period, so a
 * participant now {@code SUSTAINED} also counts as connected and engaged, and each stage is a
 * subset of the one before.
 *
 * @param group the group label, e.g. a site id or {@code "14-15"}
 * @param referred referrals received
 * @param accepted referrals accepted at intake (eligible and consented)
 * @param declined referrals declined at intake, or offers the young person declined
 * @param contacted accepted participants a link worker has contacted
 * @param placed participants with a confirmed activity placement
 * @param connected placed participants who attended at least one session
 * @param engaged participants who reached the engaged threshold (3 attended sessions by default)
 * @param sustained participants who reached the sustained threshold (6 by default)
 * @param withdrawn participants who withdrew consent
 */
public record FunnelCounts(
        String group,
        long referred,
        long accepted,
        long declined,
        long contacted,
        long placed,
        long connected,
        long engaged,
        long sustained,
        long withdrawn) {

    public FunnelCounts {
        if (referred < 0 || accepted < 0 || declined < 0 || contacted < 0 || placed < 0 || connected < 0
                || engaged < 0 || sustained < 0 || withdrawn < 0) {
            throw new IllegalArgumentException("funnel counts must not be negative");
        }
    }
}
