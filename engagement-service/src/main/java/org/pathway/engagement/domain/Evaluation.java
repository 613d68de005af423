package org.pathway.engagement.domain;

import java.util.Optional;

/** The outcome of re-deriving one participant's status, as it is stored. */
public record Evaluation(String participantId, Optional<EngagementStatus> status, EngagementSummary summary,
                         boolean statusChanged) {
}
