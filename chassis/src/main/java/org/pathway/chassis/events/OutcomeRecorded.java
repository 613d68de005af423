package org.pathway.chassis.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A validated outcome measure completed at a timepoint. Only computed scores travel, not the
 * item answers.
 *
 * @param instrument {@code SWEMWBS|RCADS25|ONS4}
 * @param timepoint {@code baseline|3m|6m}
 * @param scores SWEMWBS: {@code rawTotal, metricScore}; RCADS25: {@code anxiety, depression, total};
 *     ONS4: {@code lifeSatisfaction, worthwhile, happiness, anxiety}
 */
public record OutcomeRecorded(
        String participantId,
        UUID outcomeId,
        String instrument,
        String timepoint,
        LocalDate completedAt,
        Map<String, Double> scores) implements PathwayEvent {

    public OutcomeRecorded {
        scores = Immutable.map(scores);
    }
}
