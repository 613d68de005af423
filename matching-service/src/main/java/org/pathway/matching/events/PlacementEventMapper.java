package org.pathway.matching.events;

import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.matching.domain.Placement;

/**
 * A placement as the events engagement and reporting read. They carry provider, category and
 * cost as booked, so those services never need to call this one.
 */
public final class PlacementEventMapper {

    private PlacementEventMapper() {
    }

    public static PlacementConfirmed confirmed(Placement p) {
        return new PlacementConfirmed(p.participantId, p.id, p.activityId, p.providerId, p.activityCategory,
                p.costPerSessionPence, p.confirmedAt);
    }

    public static PlacementEnded ended(Placement p) {
        return new PlacementEnded(p.participantId, p.id, p.activityId, p.providerId, p.endedAt, p.endReason);
    }
}
