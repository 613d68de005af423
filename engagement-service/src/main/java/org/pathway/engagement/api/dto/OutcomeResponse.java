package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.domain.Outcome;

/** 201 body of {@code POST .../outcomes}: the stored measure with its computed scores. */
public record OutcomeResponse(UUID id, String participantId, String instrument, String timepoint,
                              LocalDate completedAt, List<Integer> items, Map<String, Double> scores) {

    public static OutcomeResponse of(Outcome outcome) {
        return new OutcomeResponse(outcome.id, outcome.participantId, outcome.instrument, outcome.timepoint,
                outcome.completedAt, outcome.items, outcome.scores);
    }
}
