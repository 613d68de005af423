package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;

/** 201 body of {@code POST .../link-worker-sessions}. */
public record LinkWorkerSessionView(UUID id, String participantId, LocalDate date, int minutes, String mode) {

    public static LinkWorkerSessionView of(LinkWorkerSessionRecorded recorded) {
        return new LinkWorkerSessionView(recorded.sessionId(), recorded.participantId(), recorded.date(),
                recorded.minutes(), recorded.mode());
    }
}
