package org.pathway.engagement.domain;

import java.util.Optional;
import org.pathway.chassis.events.Arm;

/**
 * What the service knows of one participant's engagement.
 *
 * @param status empty while not yet connected (always, for a comparison participant)
 */
public record Engagement(String participantId, Optional<EngagementStatus> status, EngagementSummary sessions,
                         LinkWorkerSession.Totals linkWorker, Arm arm) {
}
