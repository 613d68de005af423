package org.pathway.reporting.domain.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cost of the pathway in integer pence: activity sessions attended at their price, plus link-worker
 * time at each site's hourly rate.
 */
public final class CostModel {

    private static final long MINUTES_PER_HOUR = 60;

    private CostModel() {
    }

    /** Σ sessions attended × cost per session. */
    public static long activityCostPence(Collection<ActivityAttendance> attendances) {
        long total = 0;
        for (ActivityAttendance attendance : attendances) {
            total = Math.addExact(total, Math.multiplyExact(attendance.sessionsAttended(), attendance.costPerSessionPence()));
        }
        return total;
    }

    /**
     * Σ minutes × hourly rate / 60, with the minutes of each site summed first and each site's cost
     * rounded half-up to whole pence once, so that the result does not depend on how finely the
     * sessions were recorded.
     *
     * @param hourlyRatePenceBySite the configured link-worker hourly rate of every site in {@code times}
     * @throws IllegalArgumentException when a site has no rate or a negative one
     */
    public static long linkWorkerCostPence(Collection<LinkWorkerTime> times, Map<String, Long> hourlyRatePenceBySite) {
        Map<String, Long> minutesBySite = new TreeMap<>();
        for (LinkWorkerTime time : times) {
            minutesBySite.merge(time.siteId(), time.minutes(), Math::addExact);
        }
        long total = 0;
        for (Map.Entry<String, Long> site : minutesBySite.entrySet()) {
            Long rate = hourlyRatePenceBySite.get(site.getKey());
            if (rate == null || rate < 0) {
                throw new IllegalArgumentException("no valid link-worker hourly rate for site " + site.getKey());
            }
            total = Math.addExact(total, divideHalfUp(Math.multiplyExact(site.getValue(), rate), MINUTES_PER_HOUR));
        }
        return total;
    }

    /**
     * Cost per participant, rounded half-up to whole pence.
     *
     * @return null when there are no participants to share the cost
     */
    public static Long perParticipant(long totalPence, long participants) {
        if (participants < 0) {
            throw new IllegalArgumentException("participants must not be negative");
        }
        return participants == 0 ? null : divideHalfUp(totalPence, participants);
    }

    /** The cost report row for one group. */
    public static CostRow row(
            Collection<ActivityAttendance> attendances,
            Collection<LinkWorkerTime> linkWorkerTimes,
            Map<String, Long> hourlyRatePenceBySite,
            long accepted,
            long engaged) {
        return row(activityCostPence(attendances), linkWorkerTimes, hourlyRatePenceBySite, accepted, engaged);
    }

    /**
     * The cost report row for one group, its activity cost already summed.
     *
     * @param activityPence Σ sessions attended × cost per session (see {@link #activityCostPence})
     */
    public static CostRow row(
            long activityPence,
            Collection<LinkWorkerTime> linkWorkerTimes,
            Map<String, Long> hourlyRatePenceBySite,
            long accepted,
            long engaged) {
        long activity = activityPence;
        long linkWorker = linkWorkerCostPence(linkWorkerTimes, hourlyRatePenceBySite);
        long total = Math.addExact(activity, linkWorker);
        return new CostRow(activity, linkWorker, total, perParticipant(total, accepted), perParticipant(total, engaged));
    }

    private static long divideHalfUp(long dividend, long divisor) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
