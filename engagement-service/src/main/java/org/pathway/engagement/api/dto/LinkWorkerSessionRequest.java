package org.pathway.engagement.api.dto;

import java.time.LocalDate;

/** Body of {@code POST .../link-worker-sessions}; {@code mode} is phone, video, in-person or text. */
public record LinkWorkerSessionRequest(LocalDate date, Integer minutes, String mode) {
}
