package org.pathway.referral.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.referrer.ReferralOutcome;
import org.pathway.referral.referrer.ReferralProgress;
import org.pathway.referral.referrer.ReferrerMessages;

/**
 * Applies engagement events for the referrer's messages: attended sessions are counted and outcome scores kept
 * (both go into the closing message), and a change to {@code DISENGAGED} is a message of its own. Events of a
 * participant the site did not refer, or whose consent was withdrawn, change nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EngagementEventHandler {

    static final String DISENGAGED = "DISENGAGED";

    private final Participants participants;
    private final ReferrerMessages messages;
    private final ObjectMapper json;
    private final PathwayClock clock;

    public EngagementEventHandler(Participants participants, ReferrerMessages messages, ObjectMapper json,
                                  PathwayClock clock) {
        this.participants = participants;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case ATTENDANCE_RECORDED -> participants.active(event).ifPresent(referral ->
                    attended(referral, event.data(AttendanceRecorded.class)));
            case OUTCOME_RECORDED -> participants.active(event).ifPresent(referral ->
                    outcome(event.data(OutcomeRecorded.class)));
            case ENGAGEMENT_CHANGED -> participants.active(event).ifPresent(referral -> {
                EngagementChanged changed = event.data(EngagementChanged.class);
                if (DISENGAGED.equals(changed.status()) && !DISENGAGED.equals(changed.previousStatus())) {
                    messages.disengaged(referral, changed.changedAt());
                }
            });
            default -> {
                // link-worker sessions are not the referrer's news
            }
        }
    }

    private void attended(Referral referral, AttendanceRecorded attendance) {
        if (!AttendanceStatus.ATTENDED.wire().equals(attendance.status())) {
            return;
        }
        ReferralProgress progress = ReferralProgress.findById(referral.participantId,
                LockModeType.PESSIMISTIC_WRITE);
        if (progress == null) {
            progress = new ReferralProgress();
            progress.participantId = referral.participantId;
            progress.updatedAt = clock.now();
            progress.persist();
        }
        progress.sessionsAttended++;
        progress.updatedAt = clock.now();
    }

    private void outcome(OutcomeRecorded recorded) {
        if (ReferralOutcome.findById(recorded.outcomeId()) != null) {
            return;
        }
        ReferralOutcome outcome = new ReferralOutcome();
        outcome.outcomeId = recorded.outcomeId();
        outcome.participantId = recorded.participantId();
        outcome.instrument = recorded.instrument();
        outcome.timepoint = recorded.timepoint();
        outcome.completedAt = recorded.completedAt();
        try {
            outcome.scores = json.writeValueAsString(recorded.scores());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores cannot be written as JSON", e);
        }
        outcome.persist();
    }
}
