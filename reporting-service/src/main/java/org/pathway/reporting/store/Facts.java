package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.events.PlacementProposed;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralDeclined;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.reporting.domain.uptake.AttendanceStatus;

/**
 * The facts one event adds for one participant. Each write is an upsert or an insert that ignores
 * a fact already stored under the producer's own id, so applying an event twice, or events in any
 * order, leaves the same rows. Facts dated after a withdrawal of consent to future collection are
 * not stored.
 */
final class Facts {

    private final Connection connection;
    private final String siteId;
    private final String participantId;
    private final Instant stoppedAt;
    private final IncomingEvent event;
    private final AttendanceWrites attendanceWrites;
    private final Recomputations recomputations;

    /**
     * @param stoppedAt when the participant withdrew consent to future collection; null if they have not
     * @param attendanceWrites where attendance facts wait to be written with the rest of the batch's
     * @param recomputations where to note the maintained rows the facts make stale
     */
    Facts(Connection connection, ParticipantKey participant, Instant stoppedAt, IncomingEvent event,
          AttendanceWrites attendanceWrites, Recomputations recomputations) {
        this.connection = connection;
        this.siteId = participant.siteId();
        this.participantId = participant.participantId();
        this.stoppedAt = stoppedAt;
        this.event = event;
        this.attendanceWrites = attendanceWrites;
        this.recomputations = recomputations;
    }

    void received(ReferralReceived received) throws SQLException {
        if (!stopped(FactWriter.orEventDate(received.referredAt(), event))) {
            ParticipantRows.profile(connection, siteId, participantId, ReferralAttributes.of(received.referredAt(),
                    received.ageAtReferral(), received.gender(), received.ethnicCategory(),
                    received.deprivationDecile(), received.presentingNeeds()));
        }
    }

    void accepted(ReferralAccepted accepted) throws SQLException {
        Instant at = FactWriter.orEventTime(accepted.acceptedAt(), event);
        if (!stopped(at)) {
            ParticipantRows.profile(connection, siteId, participantId, ReferralAttributes.of(accepted.referredAt(),
                    accepted.ageAtReferral(), accepted.gender(), accepted.ethnicCategory(),
                    accepted.deprivationDecile(), accepted.presentingNeeds()));
            ParticipantRows.reached(connection, siteId, participantId, Milestone.ACCEPTED, at);
        }
    }

    void declined(ReferralDeclined declined) throws SQLException {
        Instant at = FactWriter.orEventTime(declined.declinedAt(), event);
        if (!stopped(at)) {
            ParticipantRows.profile(connection, siteId, participantId,
                    new ParticipantRows.Referral(declined.referredAt(), null, null, null, null, null));
            ParticipantRows.reached(connection, siteId, participantId, Milestone.DECLINED, at);
        }
    }

    void milestone(Milestone milestone, Instant time) throws SQLException {
        Instant at = FactWriter.orEventTime(time, event);
        if (!stopped(at)) {
            ParticipantRows.reached(connection, siteId, participantId, milestone, at);
        }
    }

    void proposed(PlacementProposed proposed) throws SQLException {
        Instant at = FactWriter.orEventTime(proposed.proposedAt(), event);
        if (stopped(at)) {
            return;
        }
        ParticipantRows.ensure(connection, siteId, participantId);
        Statements.update(connection, """
                insert into placement (site_id, placement_id, participant_id, activity_category, provider_id,
                                       cost_per_session_pence, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, placement_id) do update set
                    activity_category = coalesce(placement.activity_category, excluded.activity_category),
                    provider_id = coalesce(placement.provider_id, excluded.provider_id),
                    cost_per_session_pence = coalesce(placement.cost_per_session_pence, excluded.cost_per_session_pence),
                    proposed_at = least(placement.proposed_at, excluded.proposed_at)
                """, siteId, proposed.placementId(), participantId,
                Statements.nullable(proposed.activityCategory(), Types.VARCHAR),
                Statements.nullable(proposed.providerId(), Types.VARCHAR),
                proposed.costPerSessionPence(), at);
    }

    void confirmed(PlacementConfirmed confirmed) throws SQLException {
        Instant at = FactWriter.orEventTime(confirmed.confirmedAt(), event);
        if (stopped(at)) {
            return;
        }
        // The confirmed price is the one agreed, so it replaces a proposed one.
        Statements.update(connection, """
                insert into placement (site_id, placement_id, participant_id, activity_category, provider_id,
                                       cost_per_session_pence, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, placement_id) do update set
                    activity_category = coalesce(excluded.activity_category, placement.activity_category),
                    provider_id = coalesce(excluded.provider_id, placement.provider_id),
                    cost_per_session_pence = excluded.cost_per_session_pence,
                    confirmed_at = least(placement.confirmed_at, excluded.confirmed_at)
                """, siteId, confirmed.placementId(), participantId,
                Statements.nullable(confirmed.activityCategory(), Types.VARCHAR),
                Statements.nullable(confirmed.providerId(), Types.VARCHAR),
                confirmed.costPerSessionPence(), at);
        ParticipantRows.reached(connection, siteId, participantId, Milestone.PLACED, at);
        // An earlier confirmation moves the adherence window.
        recomputations.activity(siteId, participantId);
    }

    void ended(PlacementEnded ended) throws SQLException {
        Instant at = FactWriter.orEventTime(ended.endedAt(), event);
        if (stopped(at)) {
            return;
        }
        ParticipantRows.ensure(connection, siteId, participantId);
        Statements.update(connection, """
                insert into placement (site_id, placement_id, participant_id, provider_id, ended_at)
                values (?, ?, ?, ?, ?)
                on conflict (site_id, placement_id) do update set
                    ended_at = least(placement.ended_at, excluded.ended_at)
                """, siteId, ended.placementId(), participantId,
                Statements.nullable(ended.providerId(), Types.VARCHAR), at);
    }

    void attendance(AttendanceRecorded attendance) throws SQLException {
        if (attendance.sessionDate() == null || attendance.providerEventId() == null || attendance.providerId() == null) {
            throw new PoisonMessageException("attendance without a session date or provider event id");
        }
        if (attendance.costPerSessionPence() < 0) {
            throw new PoisonMessageException("attendance with a negative cost per session");
        }
        AttendanceStatus status;
        try {
            status = AttendanceStatus.fromString(attendance.status());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("attendance with an unknown status");
        }
        if (stopped(attendance.sessionDate())) {
            return;
        }
        attendanceWrites.add(new ParticipantKey(siteId, participantId), attendance.providerId(),
                attendance.providerEventId(), attendance.placementId(), attendance.sessionDate(), status,
                attendance.costPerSessionPence());
    }

    void linkWorkerSession(LinkWorkerSessionRecorded session) throws SQLException {
        if (session.sessionId() == null || session.minutes() < 0) {
            throw new PoisonMessageException("link-worker session without an id or with negative minutes");
        }
        LocalDate date = FactWriter.orEventDate(session.date(), event);
        if (stopped(date)) {
            return;
        }
        ParticipantRows.ensure(connection, siteId, participantId);
        int stored = Statements.update(connection, """
                insert into link_worker_session (site_id, session_id, participant_id, session_date, minutes, mode)
                values (?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """, siteId, session.sessionId(), participantId, date, session.minutes(),
                Statements.nullable(session.mode(), Types.VARCHAR));
        if (stored > 0) {
            recomputations.linkWorker(siteId, participantId);
        }
    }

    /** Reaching a later status means the earlier ones were reached too, by that time at the latest. */
    void engagement(EngagementChanged changed) throws SQLException {
        Instant at = FactWriter.orEventTime(changed.changedAt(), event);
        List<Milestone> reached = switch (changed.status() == null ? "" : changed.status()) {
            case "CONNECTED" -> List.of(Milestone.CONNECTED);
            case "ENGAGED" -> List.of(Milestone.CONNECTED, Milestone.ENGAGED);
            case "SUSTAINED" -> List.of(Milestone.CONNECTED, Milestone.ENGAGED, Milestone.SUSTAINED);
            default -> List.of();
        };
        if (stopped(at)) {
            return;
        }
        ParticipantRows.ensure(connection, siteId, participantId);
        for (Milestone milestone : reached) {
            ParticipantRows.reached(connection, siteId, participantId, milestone, at);
        }
    }

    void outcome(OutcomeRecorded outcome) throws SQLException {
        if (outcome.outcomeId() == null || outcome.instrument() == null || outcome.timepoint() == null) {
            throw new PoisonMessageException("outcome without an id, instrument or timepoint");
        }
        LocalDate completedAt = FactWriter.orEventDate(outcome.completedAt(), event);
        if (stopped(completedAt)) {
            return;
        }
        ParticipantRows.ensure(connection, siteId, participantId);
        int stored = 0;
        for (Map.Entry<String, Double> score : outcome.scores().entrySet()) {
            if (score.getValue() == null || !Double.isFinite(score.getValue())) {
                continue;
            }
            stored += Statements.update(connection, """
                    insert into outcome_score (site_id, outcome_id, participant_id, instrument, timepoint,
                                               completed_at, score_name, score)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict do nothing
                    """, siteId, outcome.outcomeId(), participantId, outcome.instrument(), outcome.timepoint(),
                    completedAt, score.getKey(), score.getValue());
        }
        if (stored > 0) {
            recomputations.outcomes(siteId, participantId);
        }
    }

    private boolean stopped(Instant at) {
        return stoppedAt != null && FactDates.after(at, stoppedAt);
    }

    private boolean stopped(LocalDate date) {
        return stoppedAt != null && FactDates.after(date, stoppedAt);
    }
}
