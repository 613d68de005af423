package org.pathway.referral.referrer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.domain.DeclineReason;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralAction;

/**
 * Writes the message a change owes its referrer into the {@code referrer_message} outbox, in the change's own
 * transaction, when the referral's organisation is registered at the site; the delivery worker is woken once
 * the transaction commits. A change to a withdrawn referral, or a withdrawal itself, tells the referrer nothing
 * here (the JSON and FHIR reads show it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferrerMessages {

    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final PathwayClock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final MessageDelivery delivery;

    public ReferrerMessages(ObjectMapper json, PathwayClock clock, TransactionSynchronizationRegistry transactions,
                            MessageDelivery delivery) {
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.delivery = delivery;
    }

    /** Accepted, or declined with the eligibility reason, as intake decided. */
    public void intake(Referral referral) {
        if (referral.intakeDeclineReason == null) {
            record(referral, new MessageFacts(ReferralChange.ACCEPTED, referral.receivedAt, referral.status.name(),
                    null, MessageFacts.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, null, null, null, null));
        } else {
            record(referral, declined(referral, referral.intakeDeclineReason, referral.receivedAt));
        }
    }

    /** The message of a move after intake: first contact, the young person's decline, closure. */
    public void moved(ReferralAction action, Referral referral, Instant at) {
        switch (action) {
            case CONTACT -> record(referral, new MessageFacts(ReferralChange.CONTACTED, referral.contactedAt,
                    referral.status.name(), null, null, referral.contactMethod, null, null, null));
            case DECLINE -> record(referral, declined(referral, DeclineReason.YOUNG_PERSON_DECLINED, at));
            case CLOSE -> record(referral, closed(referral, at));
            case WITHDRAW -> {
                // consent withdrawn: nothing more is said about the young person
            }
        }
    }

    /** A confirmed placement: the activity's category, nothing about the activity or provider. */
    public void placed(Referral referral, String activityCategory, Instant at) {
        if (referral.withdrawnAt == null) {
            record(referral, new MessageFacts(ReferralChange.PLACED, at, referral.status.name(), null, null, null,
                    activityCategory, null, null));
        }
    }

    public void disengaged(Referral referral, Instant at) {
        if (referral.withdrawnAt == null) {
            record(referral, MessageFacts.of(ReferralChange.DISENGAGED, at, referral.status.name()));
        }
    }

    private static MessageFacts declined(Referral referral, DeclineReason reason, Instant at) {
        String snomed = reason == DeclineReason.YOUNG_PERSON_DECLINED
                ? MessageFacts.SNOMED_SOCIAL_PRESCRIBING_DECLINED : null;
        return new MessageFacts(ReferralChange.DECLINED, at, referral.status.name(), reason.name(), snomed, null,
                null, null, null);
    }

    private MessageFacts closed(Referral referral, Instant at) {
        ReferralProgress progress = ReferralProgress.findById(referral.participantId);
        List<OutcomeSummaries.Measure> measures = ReferralOutcome.<ReferralOutcome>list("participantId",
                referral.participantId).stream().map(this::measure).toList();
        return new MessageFacts(ReferralChange.CLOSED, at, referral.status.name(), referral.closeReason, null, null,
                null, progress == null ? 0 : progress.sessionsAttended, OutcomeSummaries.of(measures));
    }

    private OutcomeSummaries.Measure measure(ReferralOutcome outcome) {
        try {
            return new OutcomeSummaries.Measure(outcome.instrument, outcome.timepoint, outcome.completedAt,
                    json.readValue(outcome.scores, SCORES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome scores are not JSON", e);
        }
    }

    private void record(Referral referral, MessageFacts facts) {
        if (referral.comparisonArm()) {
            // Issue 20: a comparison participant was registered by the site, not referred; no referrer hears of them.
            return;
        }
        ReferringOrganisation organisation = ReferringOrganisation.findById(referral.referrerOrganisationCode);
        if (organisation == null) {
            return;
        }
        Instant now = clock.now();
        ReferrerMessage message = new ReferrerMessage();
        message.requestId = UUID.randomUUID();
        message.correlationId = referral.id;
        message.referralId = referral.id;
        message.odsCode = organisation.odsCode;
        message.change = facts.change().wire();
        message.facts = write(facts);
        message.state = ReferrerMessage.State.PENDING;
        message.createdAt = now;
        message.nextAttemptAt = now;
        message.persist();
        wakeDeliveryAfterCommit();
    }

    private String write(MessageFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message facts cannot be written as JSON", e);
        }
    }

    private void wakeDeliveryAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    delivery.wake();
                }
            }
        });
    }
}
