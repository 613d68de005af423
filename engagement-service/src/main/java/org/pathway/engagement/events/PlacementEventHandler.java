package org.pathway.engagement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.domain.EngagementEvaluator;
import org.pathway.engagement.domain.Participant;
import org.pathway.engagement.domain.ParticipantStateStore;
import org.pathway.engagement.domain.Placement;

/**
 * Applies placement events: the placements attendance may be reported against, and whether (and
 * since when) the participant is placed, which starts and restarts the 28-day clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlacementEventHandler {

    private static final Logger LOG = Logger.getLogger(PlacementEventHandler.class);

    private final ParticipantStateStore participants;
    private final EngagementEvaluator evaluator;
    private final PathwayClock clock;
    private final Inbox inbox;

    public PlacementEventHandler(ParticipantStateStore participants, EngagementEvaluator evaluator,
                                 PathwayClock clock, Inbox inbox) {
        this.participants = participants;
        this.evaluator = evaluator;
        this.clock = clock;
        this.inbox = inbox;
    }

    /**
     * Applies a batch's events in the order received ({@link Inbox#applyInOrder}). The participants whose state they
     * change (those of confirmed and ended placements, but for the comparison group, whose placement events change
     * nothing) are locked first, in participant id order as every other locker of those rows does, so that this
     * transaction and another (the referral channel's, a webhook's) cannot deadlock.
     */
    public void applyAll(List<IncomingEvent> events) {
        if (events.size() > 1) {
            List<String> placed = events.stream()
                    .filter(event -> event.is(EventType.PLACEMENT_CONFIRMED) || event.is(EventType.PLACEMENT_ENDED))
                    .map(IncomingEvent::participantId).distinct().toList();
            Set<String> comparison = Participant.inComparisonArm(placed);
            participants.lockAll(placed.stream().filter(id -> !comparison.contains(id)).toList(), clock.now());
        }
        inbox.applyInOrder(events, this::apply);
    }

    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case PLACEMENT_CONFIRMED -> apply(event, now -> Placement.confirm(event.data(PlacementConfirmed.class), now));
            case PLACEMENT_ENDED -> apply(event, now -> Placement.end(event.data(PlacementEnded.class), now));
            default -> {
                // proposals change nothing here: attendance counts only against confirmed placements
            }
        }
    }

    private void apply(IncomingEvent event, Consumer<Instant> change) {
        if (Participant.inComparisonArm(event.participantId())) {
            // Matching never places a comparison participant; a placement event about one starts no status rules.
            LOG.warnf("Placement event %s ignored: the participant is in the comparison group", event.id());
            return;
        }
        Instant now = clock.now();
        if (participants.lock(event.participantId(), now).withdrawn()) {
            LOG.infof("Placement event %s ignored: participant withdrew consent", event.id());
            return;
        }
        change.accept(now);
        LocalDate placedSince = Placement.placedSince(event.participantId()).map(clock::dateOf).orElse(null);
        participants.setPlacedSince(event.participantId(), placedSince, now);
        evaluator.reevaluate(event.participantId(), now);
    }
}
