package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 201 body of {@code POST .../outcomes}: the stored measure with its computed scores. */
public record OutcomeResponse(UUID id, String participantId, String instrument, String timepoint,
                              LocalDate completedAt, List<Integer> items, Map<String, Double> scores) {
}
