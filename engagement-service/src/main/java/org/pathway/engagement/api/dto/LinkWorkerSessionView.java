package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.pathway.engagement.domain.LinkWorkerSession;

/** 201 body of {@code POST .../link-worker-sessions}. */
public record LinkWorkerSessionView(UUID id, String participantId, LocalDate date, int minutes, String mode) {

    public static LinkWorkerSessionView of(LinkWorkerSession session) {
        return new LinkWorkerSessionView(session.id, session.participantId, session.date, session.minutes,
                session.mode);
    }
}
