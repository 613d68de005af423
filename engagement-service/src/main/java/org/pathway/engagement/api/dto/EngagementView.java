package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import org.pathway.engagement.domain.Engagement;

/**
 * Body of {@code GET .../participants/{participantId}/engagement}.
 *
 * @param status         CONNECTED, ENGAGED, SUSTAINED, DISENGAGED, or null while not yet connected
 * @param lastAttendedOn null until the first attended session
 * @param arm            {@code pathway}, or {@code comparison} (questionnaires only: no status, no sessions)
 */
public record EngagementView(String participantId, String status, int sessionsAttended, int sessionsMissed,
                             int sessionsCancelled, LocalDate lastAttendedOn, int linkWorkerSessions,
                             int linkWorkerMinutes, String arm) {

    public static EngagementView of(Engagement engagement) {
        return new EngagementView(engagement.participantId(), engagement.status().map(Enum::name).orElse(null),
                engagement.sessions().attended(), engagement.sessions().missed(), engagement.sessions().cancelled(),
                engagement.sessions().lastAttendedOn(), engagement.linkWorker().sessions(),
                engagement.linkWorker().minutes(), engagement.arm().wire());
    }
}
