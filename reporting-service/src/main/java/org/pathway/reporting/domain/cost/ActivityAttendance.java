package org.pathway.reporting.domain.cost;

/**
 * Sessions attended at one price: a placement, or a stretch of it after a price change.
 *
 * @param costPerSessionPence the placement's price when the sessions took place
 */
public record ActivityAttendance(long sessionsAttended, long costPerSessionPence) {

    public ActivityAttendance {
        if (sessionsAttended < 0 || costPerSessionPence < 0) {
            throw new IllegalArgumentException("sessions and cost per session must not be negative");
        }
    }
}
