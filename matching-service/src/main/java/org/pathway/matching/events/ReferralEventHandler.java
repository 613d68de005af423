package org.pathway.matching.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.matching.domain.ParticipantLifecycle;

/**
 * What each referral event does to matching: profiles, withdrawals and closures. The other
 * referral event types mean nothing here and are only recorded as seen.
 */
@ApplicationScoped
public class ReferralEventHandler {

    private final ParticipantLifecycle lifecycle;
    private final Inbox inbox;

    public ReferralEventHandler(ParticipantLifecycle lifecycle, Inbox inbox) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
    }

    /**
     * Applies a batch's events in its one transaction, one after another in the order received, each as if it
     * were alone: its entity writes are flushed and the persistence context emptied before the next, so an event
     * finds what the ones before it wrote in the database, as after their commits (a profile created by one event
     * is locked by a later withdrawal with a {@code select ... for update} that finds its row), and the context
     * does not grow with the batch.
     */
    public void applyAll(List<IncomingEvent> events) {
        inbox.applyInOrder(events, this::apply);
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
