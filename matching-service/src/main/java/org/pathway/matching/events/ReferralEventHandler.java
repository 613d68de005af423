package org.pathway.matching.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.matching.domain.ParticipantLifecycle;

/**
 * What each referral event does to matching: profiles, withdrawals and closures. The other
 * referral event types mean nothing here and are only recorded as seen.
 */
@ApplicationScoped
public class ReferralEventHandler {

    private final ParticipantLifecycle lifecycle;

    public ReferralEventHandler(ParticipantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case REFERRAL_ACCEPTED -> lifecycle.accepted(event.data(ReferralAccepted.class));
            case REFERRAL_WITHDRAWN -> lifecycle.withdrawn(event.data(ReferralWithdrawn.class));
            case REFERRAL_CLOSED -> lifecycle.closed(event.data(ReferralClosed.class));
            default -> {
            }
        }
    }
}
