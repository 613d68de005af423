package org.pathway.engagement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.engagement.config.EngagementClock;
import org.pathway.engagement.domain.EngagementEvaluator;
import org.pathway.engagement.domain.ParticipantState;
import org.pathway.engagement.domain.ParticipantStore;
import org.pathway.engagement.domain.PlacementStore;

/**
 * Applies placement events: the placements attendance may be reported against, and whether (and
 * since when) the participant is placed, which starts and restarts the 28-day clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlacementFacts {

    private static final Logger LOG = Logger.getLogger(PlacementFacts.class);

    private final PlacementStore placements;
    private final ParticipantStore participants;
    private final EngagementEvaluator evaluator;
    private final EngagementClock clock;

    public PlacementFacts(PlacementStore placements, ParticipantStore participants, EngagementEvaluator evaluator,
                          EngagementClock clock) {
        this.placements = placements;
        this.participants = participants;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    public void apply(IncomingEvent event) {
        if (!event.is(EventType.PLACEMENT_CONFIRMED) && !event.is(EventType.PLACEMENT_ENDED)) {
            return;
        }
        Instant now = clock.now();
        ParticipantState state = participants.lock(event.participantId(), now);
        if (state.withdrawn()) {
            LOG.infof("Placement event %s ignored: participant withdrew consent", event.id());
            return;
        }
        if (event.is(EventType.PLACEMENT_CONFIRMED)) {
            placements.confirm(event.data(PlacementConfirmed.class), now);
        } else {
            placements.end(event.data(PlacementEnded.class), now);
        }
        LocalDate placedSince = placements.placedSince(event.participantId()).map(clock::dateOf).orElse(null);
        participants.setPlacedSince(event.participantId(), placedSince, now);
        evaluator.reevaluate(event.participantId(), now);
    }
}
