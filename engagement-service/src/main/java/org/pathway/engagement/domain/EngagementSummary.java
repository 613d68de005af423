package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Session counts of one participant.
 *
 * @param lastAttendedOn null when the participant has not attended yet
 */
public record EngagementSummary(int attended, int missed, int cancelled, LocalDate lastAttendedOn) {

    public static EngagementSummary of(List<SessionRecord> sessions) {
        int attended = 0;
        int missed = 0;
        int cancelled = 0;
        LocalDate lastAttendedOn = null;
        for (SessionRecord session : sessions) {
            switch (session.status()) {
                case ATTENDED -> {
                    attended++;
                    if (lastAttendedOn == null || session.sessionDate().isAfter(lastAttendedOn)) {
                        lastAttendedOn = session.sessionDate();
                    }
                }
                case MISSED -> missed++;
                case CANCELLED -> cancelled++;
            }
        }
        return new EngagementSummary(attended, missed, cancelled, lastAttendedOn);
    }
}
