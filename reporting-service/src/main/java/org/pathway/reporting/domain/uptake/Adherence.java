package org.pathway.reporting.domain.uptake;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Adherence, the last uptake stage: whether a placed participant kept attending.
 *
 * <p>A placed participant adheres when they attended at least half of the sessions offered to them
 * in their first 12 weeks from placement. A session counts as offered when it was attended or
 * missed; a session the provider cancelled was never offered and counts neither way. A participant
 * offered no session at all does not adhere, and still counts among the placed participants: the
 * report's adherence is the share of all placed participants, not only of those who were offered
 * something.
 */
public final class Adherence {

    /** Length of the pathway: about 6 sessions over up to 12 weeks. */
    public static final Period WINDOW = Period.ofWeeks(12);

    private Adherence() {
    }

    /** {@code attended ≥ 50% of (attended + missed)}, and at least one session offered. */
    public static boolean adheres(int attended, int missed) {
        if (attended < 0 || missed < 0) {
            throw new IllegalArgumentException("session counts must not be negative");
        }
        int offered = attended + missed;
        return offered > 0 && 2L * attended >= offered;
    }

    /**
     * Counts the sessions dated from {@code placedOn} up to, not including, {@code placedOn + 12 weeks};
     * sessions outside that window do not count.
     */
    public static boolean adheres(LocalDate placedOn, List<SessionRecord> sessions) {
        if (placedOn == null) {
            throw new IllegalArgumentException("placement date is required");
        }
        LocalDate windowEnd = placedOn.plus(WINDOW);
        int attended = 0;
        int missed = 0;
        for (SessionRecord session : sessions) {
            if (session.sessionDate().isBefore(placedOn) || !session.sessionDate().isBefore(windowEnd)) {
                continue;
            }
            switch (session.status()) {
                case ATTENDED -> attended++;
                case MISSED -> missed++;
                case CANCELLED -> { }
            }
        }
        return adheres(attended, missed);
    }
}
