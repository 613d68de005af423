package org.pathway.engagement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.domain.Caseload;
import org.pathway.engagement.domain.ParticipantStateStore;

/**
 * Applies referral events: every one makes its participant one of the site's (the only ones records
 * are kept for), in the arm {@code received} and {@code accepted} name; a withdrawal of consent ({@code all} erases the participant's records here, both
 * scopes refuse new ones) and a closure (the participant left the pathway, so the elapsed-time rule no
 * longer applies) change their state.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralEventHandler {

    private static final Logger LOG = Logger.getLogger(ReferralEventHandler.class);

    private final Caseload caseload;
    private final ParticipantStateStore participants;
    private final PathwayClock clock;
    private final Inbox inbox;

    public ReferralEventHandler(Caseload caseload, ParticipantStateStore participants, PathwayClock clock,
                                Inbox inbox) {
        this.caseload = caseload;
        this.participants = participants;
        this.clock = clock;
        this.inbox = inbox;
    }

    /**
     * Applies a batch's events in the order received ({@link Inbox#applyInOrder}). The participants whose state a
     * withdrawal or closure of the batch changes are locked first, in participant id order as every other locker of
     * those rows does, so that this transaction and another (the placement channel's, a webhook's) cannot deadlock.
     */
    public void applyAll(List<IncomingEvent> events) {
        if (events.size() > 1) {
            participants.lockAll(events.stream()
                    .filter(event -> event.is(EventType.REFERRAL_WITHDRAWN) || event.is(EventType.REFERRAL_CLOSED))
                    .map(IncomingEvent::participantId).toList(), clock.now());
        }
        inbox.applyInOrder(events, this::apply);
    }

    public void apply(IncomingEvent event) {
        Instant now = clock.now();
        caseload.admit(event.participantId(), arm(event), now);
        switch (event.type()) {
            case REFERRAL_WITHDRAWN -> withdraw(event, now);
            case REFERRAL_CLOSED -> {
                participants.lock(event.participantId(), now);
                participants.markClosed(event.participantId(), now);
            }
            default -> {
                // received, accepted, declined, contacted: the participant is known, nothing else changes
            }
        }
    }

    /** The arm the two events that carry one name; null for the others. */
    private static Arm arm(IncomingEvent event) {
        String arm = switch (event.type()) {
            case REFERRAL_RECEIVED -> event.data(ReferralReceived.class).arm();
            case REFERRAL_ACCEPTED -> event.data(ReferralAccepted.class).arm();
            default -> null;
        };
        return arm == null ? null : Arm.fromWire(arm)
                .orElseThrow(() -> new PoisonMessageException("arm is not pathway or comparison"));
    }

    private void withdraw(IncomingEvent event, Instant now) {
        ReferralWithdrawn withdrawn = event.data(ReferralWithdrawn.class);
        WithdrawalScope scope = WithdrawalScope.fromWire(withdrawn.scope())
                .orElseThrow(() -> new PoisonMessageException("withdrawal scope is not all or future"));
        participants.lock(event.participantId(), now);
        participants.markWithdrawn(event.participantId(), scope,
                withdrawn.withdrawnAt() == null ? now : withdrawn.withdrawnAt(), now);
        if (scope == WithdrawalScope.ALL) {
            participants.erase(event.participantId(), now);
            LOG.infof("Participant records erased after withdrawal event %s", event.id());
        }
    }
}
