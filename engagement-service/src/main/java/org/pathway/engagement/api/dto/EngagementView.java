package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.Optional;
import org.pathway.engagement.domain.EngagementStatus;
import org.pathway.engagement.domain.EngagementSummary;

/**
 * Body of {@code GET .../participants/{participantId}/engagement}.
 *
 * @param status         CONNECTED, ENGAGED, SUSTAINED, DISENGAGED, or null while not yet connected
 * @param lastAttendedOn null until the first attended session
 */
public record EngagementView(String participantId, String status, int sessionsAttended, int sessionsMissed,
                             int sessionsCancelled, LocalDate lastAttendedOn, int linkWorkerSessions,
                             int linkWorkerMinutes) {

    public static EngagementView of(String participantId, Optional<EngagementStatus> status,
                                    EngagementSummary summary, int linkWorkerSessions, int linkWorkerMinutes) {
        return new EngagementView(participantId, status.map(Enum::name).orElse(null), summary.attended(),
                summary.missed(), summary.cancelled(), summary.lastAttendedOn(), linkWorkerSessions,
                linkWorkerMinutes);
    }
}
