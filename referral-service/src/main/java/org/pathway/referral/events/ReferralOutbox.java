package org.pathway.referral.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.referral.domain.DeclineReason;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralAction;
import org.pathway.referral.referrer.ReferrerMessages;

/**
 * Appends a referral's events, as {@link ReferralEventMapper} builds them, to the site's outbox inside the
 * caller's transaction: the change and its events commit together, and the relay publishes them once Kafka
 * has them. The message the change owes the referrer ({@link ReferrerMessages}) is written in the same
 * transaction.
 */
@ApplicationScoped
public class ReferralOutbox {

    private final Outbox outbox;
    private final ReferrerMessages referrerMessages;

    public ReferralOutbox(Outbox outbox, ReferrerMessages referrerMessages) {
        this.outbox = outbox;
        this.referrerMessages = referrerMessages;
    }

    /**
     * ReferralReceived, then ReferralAccepted or ReferralDeclined as intake decided: appended together, in one
     * round trip to the database.
     */
    public void intake(Referral referral) {
        PathwayEvent decided = referral.intakeDeclineReason == null
                ? ReferralEventMapper.accepted(referral)
                : ReferralEventMapper.declined(referral, referral.intakeDeclineReason, referral.receivedAt);
        outbox.appendAll(List.of(ReferralEventMapper.received(referral), decided));
        referrerMessages.intake(referral);
    }

    /** The event of a move after intake; {@code at} is when it was made (a young person's decline has no column). */
    public void moved(ReferralAction action, Referral referral, Instant at) {
        outbox.append(switch (action) {
            case CONTACT -> ReferralEventMapper.contacted(referral);
            case DECLINE -> ReferralEventMapper.declined(referral, DeclineReason.YOUNG_PERSON_DECLINED, at);
            case WITHDRAW -> ReferralEventMapper.withdrawn(referral);
            case CLOSE -> ReferralEventMapper.closed(referral);
        });
        referrerMessages.moved(action, referral, at);
    }
}
