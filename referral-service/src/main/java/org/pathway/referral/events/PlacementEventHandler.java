package org.pathway.referral.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.referral.referrer.ReferrerMessages;

/** Applies placement events: a confirmed placement tells the referrer the young person was placed (category only). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlacementEventHandler {

    private final Participants participants;
    private final ReferrerMessages messages;

    public PlacementEventHandler(Participants participants, ReferrerMessages messages) {
        this.participants = participants;
        this.messages = messages;
    }

    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case PLACEMENT_CONFIRMED -> participants.active(event).ifPresent(referral -> {
                PlacementConfirmed confirmed = event.data(PlacementConfirmed.class);
                messages.placed(referral, confirmed.activityCategory(), confirmed.confirmedAt());
            });
            default -> {
                // proposals and ends are not the referrer's news
            }
        }
    }
}
