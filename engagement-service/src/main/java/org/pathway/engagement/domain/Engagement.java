package org.pathway.engagement.domain;

import java.util.Optional;

/**
 * What the service knows of one participant's engagement.
 *
 * @param status empty while not yet connected
 */
public record Engagement(String participantId, Optional<EngagementStatus> status, EngagementSummary sessions,
                         LinkWorkerSession.Totals linkWorker) {
}
