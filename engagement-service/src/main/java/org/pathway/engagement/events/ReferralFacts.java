package org.pathway.engagement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.engagement.config.EngagementClock;
import org.pathway.engagement.domain.ParticipantStore;

/**
 * Applies the referral events that concern engagement: withdrawal of consent ({@code all} erases
 * the participant's records here, both scopes refuse new ones) and closure (the participant left
 * the pathway, so the elapsed-time rule no longer applies).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralFacts {

    static final String SCOPE_ALL = "all";
    static final String SCOPE_FUTURE = "future";

    private static final Logger LOG = Logger.getLogger(ReferralFacts.class);

    private final ParticipantStore participants;
    private final EngagementClock clock;

    public ReferralFacts(ParticipantStore participants, EngagementClock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    public void apply(IncomingEvent event) {
        if (event.is(EventType.REFERRAL_WITHDRAWN)) {
            withdraw(event);
        } else if (event.is(EventType.REFERRAL_CLOSED)) {
            Instant now = clock.now();
            participants.lock(event.participantId(), now);
            participants.markClosed(event.participantId(), now);
        }
    }

    private void withdraw(IncomingEvent event) {
        ReferralWithdrawn withdrawn = event.data(ReferralWithdrawn.class);
        String scope = withdrawn.scope();
        if (!SCOPE_ALL.equals(scope) && !SCOPE_FUTURE.equals(scope)) {
            throw new PoisonMessageException("withdrawal scope is not all or future");
        }
        Instant now = clock.now();
        participants.lock(event.participantId(), now);
        participants.markWithdrawn(event.participantId(), scope,
                withdrawn.withdrawnAt() == null ? now : withdrawn.withdrawnAt(), now);
        if (SCOPE_ALL.equals(scope)) {
            participants.erase(event.participantId(), now);
            LOG.infof("Participant records erased after withdrawal event %s", event.id());
        }
    }
}
