package org.pathway.matching.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.matching.domain.Placement;

/**
 * Placement events into the outbox, in the caller's transaction. They carry provider, category
 * and cost as booked, so engagement and reporting never need to call this service.
 */
@ApplicationScoped
public class PlacementEvents {

    private final Outbox outbox;

    public PlacementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void confirmed(Placement p) {
        outbox.append(new PlacementConfirmed(p.participantId, p.id, p.activityId, p.providerId, p.activityCategory,
                p.costPerSessionPence, p.confirmedAt));
    }

    public void ended(Placement p) {
        outbox.append(new PlacementEnded(p.participantId, p.id, p.activityId, p.providerId, p.endedAt, p.endReason));
    }
}
