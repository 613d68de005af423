package org.pathway.engagement.domain;

/**
 * Site-configurable thresholds for {@link EngagementRules}.
 *
 * @param connectedAfter                   attended sessions to be CONNECTED
 * @param engagedAfter                     attended sessions to be ENGAGED
 * @param sustainedAfter                   attended sessions to be SUSTAINED
 * @param consecutiveMissesToDisengage     most recent non-cancelled sessions that, all missed, mean DISENGAGED
 * @param daysWithoutAttendanceToDisengage days without attendance while placed that mean DISENGAGED
 */
public record EngagementThresholds(int connectedAfter, int engagedAfter, int sustainedAfter,
                                   int consecutiveMissesToDisengage, int daysWithoutAttendanceToDisengage) {

    /** API.md defaults: 1, 3, 6 attended; 3 consecutive misses; 28 days. */
    public static final EngagementThresholds DEFAULTS = new EngagementThresholds(1, 3, 6, 3, 28);

    public EngagementThresholds {
        if (connectedAfter < 1 || consecutiveMissesToDisengage < 1 || daysWithoutAttendanceToDisengage < 1) {
            throw new IllegalArgumentException("engagement thresholds must be at least 1");
        }
        if (engagedAfter < connectedAfter || sustainedAfter < engagedAfter) {
            throw new IllegalArgumentException("engagement thresholds must satisfy connected <= engaged <= sustained");
        }
    }
}
