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
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralDeclined;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.chassis.events.AttendanceStatus;

/**
 * The facts each event adds, written for one batch of events on the batch's connection (see
 * {@link FactWriter}). Native SQL: every write is one upsert that merges order-independently (earliest
 * time, first attribute given) or an insert that ignores a fact already stored under the producer's own id,
 * so applying an event twice, or events in any order, leaves the same rows, without reading them first.
 * Facts dated after a withdrawal of consent to future collection are not stored.
 */
public final class FactStore {

    private final Connection connection;
    private final Instant now;
    private final WithdrawalStore withdrawalStore;
    private final Map<ParticipantKey, Withdrawal> withdrawals;
    private final AttendanceStore attendanceStore = new AttendanceStore();
    private final Recomputations recomputations = new Recomputations();

    /**
     * @param now when the batch is applied: the time of a fact that carries none, in an event that carries none
     * @param withdrawals the batch's participants' withdrawals, kept up to date as the batch withdraws
     */
    FactStore(Connection connection, Instant now, WithdrawalStore withdrawalStore,
              Map<ParticipantKey, Withdrawal> withdrawals) {
        this.connection = connection;
        this.now = now;
        this.withdrawalStore = withdrawalStore;
        this.withdrawals = withdrawals;
    }

    public void received(IncomingEvent event, ReferralReceived received) throws SQLException {
        if (!stopped(event, orEventDate(received.referredAt(), event))) {
            ParticipantStore.profile(connection, ParticipantKey.of(event), ReferralAttributes.of(received.referredAt(),
                    received.ageAtReferral(), received.gender(), received.ethnicCategory(),
                    received.deprivationDecile(), received.presentingNeeds(), received.arm()));
            ParticipantStore.postcodeDistrict(connection, ParticipantKey.of(event),
                    ReferralAttributes.postcodeDistrict(received.postcodeDistrict()));
        }
    }

    public void accepted(IncomingEvent event, ReferralAccepted accepted) throws SQLException {
        Instant at = orEventTime(accepted.acceptedAt(), event);
        if (!stopped(event, at)) {
            ParticipantStore.profile(connection, ParticipantKey.of(event), ReferralAttributes.of(accepted.referredAt(),
                    accepted.ageAtReferral(), accepted.gender(), accepted.ethnicCategory(),
                    accepted.deprivationDecile(), accepted.presentingNeeds(), accepted.arm()));
            ParticipantStore.postcodeDistrict(connection, ParticipantKey.of(event),
                    ReferralAttributes.postcodeDistrict(accepted.postcodeDistrict()));
            ParticipantStore.researchConsent(connection, ParticipantKey.of(event), accepted.researchConsent());
            ParticipantStore.reached(connection, ParticipantKey.of(event), Milestone.ACCEPTED, at);
        }
    }

    public void declined(IncomingEvent event, ReferralDeclined declined) throws SQLException {
        Instant at = orEventTime(declined.declinedAt(), event);
        if (!stopped(event, at)) {
            ParticipantStore.profile(connection, ParticipantKey.of(event),
                    new ParticipantStore.Referral(declined.referredAt(), null, null, null, null, null, null));
            ParticipantStore.reached(connection, ParticipantKey.of(event), Milestone.DECLINED, at);
        }
    }

    public void contacted(IncomingEvent event, ReferralContacted contacted) throws SQLException {
        milestone(event, Milestone.CONTACTED, contacted.contactedAt());
    }

    public void closed(IncomingEvent event, ReferralClosed closed) throws SQLException {
        milestone(event, Milestone.CLOSED, closed.closedAt());
    }

    /**
     * Records the withdrawal and takes out what it withdraws: the batch's attendance so far is written first,
     * so that it is there to be taken out.
     */
    public void withdrawn(IncomingEvent event, ReferralWithdrawn withdrawn) throws SQLException {
        ParticipantKey participant = ParticipantKey.of(event);
        attendanceStore.write(connection, recomputations);
        // A scope the event does not name is taken as the narrower one: collection stops, nothing is erased.
        WithdrawalScope scope = WithdrawalScope.fromWire(withdrawn.scope()).orElse(WithdrawalScope.FUTURE);
        Withdrawal withdrawal = withdrawalStore.record(participant, scope, orEventTime(withdrawn.withdrawnAt(), event));
        withdrawals.put(participant, withdrawal);
        if (withdrawal.erased()) {
            WithdrawnFacts.erase(connection, participant);
        } else {
            WithdrawnFacts.forgetAfter(connection, participant, withdrawal.withdrawnAt);
            recomputations.activity(participant);
            recomputations.linkWorker(participant);
            recomputations.outcomes(participant);
        }
    }

    public void proposed(IncomingEvent event, PlacementProposed proposed) throws SQLException {
        Instant at = orEventTime(proposed.proposedAt(), event);
        if (!stopped(event, at)) {
            ParticipantStore.ensure(connection, ParticipantKey.of(event));
            PlacementStore.proposed(connection, ParticipantKey.of(event), proposed, at);
        }
    }

    public void confirmed(IncomingEvent event, PlacementConfirmed confirmed) throws SQLException {
        Instant at = orEventTime(confirmed.confirmedAt(), event);
        if (!stopped(event, at)) {
            PlacementStore.confirmed(connection, ParticipantKey.of(event), confirmed, at);
            ParticipantStore.reached(connection, ParticipantKey.of(event), Milestone.PLACED, at);
            // An earlier confirmation moves the adherence window.
            recomputations.activity(ParticipantKey.of(event));
        }
    }

    public void ended(IncomingEvent event, PlacementEnded ended) throws SQLException {
        Instant at = orEventTime(ended.endedAt(), event);
        if (!stopped(event, at)) {
            ParticipantStore.ensure(connection, ParticipantKey.of(event));
            PlacementStore.ended(connection, ParticipantKey.of(event), ended, at);
        }
    }

    /** Held back and written with the rest of the batch's attendance, in one JDBC batch. */
    public void attendance(IncomingEvent event, AttendanceRecorded attendance) {
        if (attendance.sessionDate() == null || attendance.providerEventId() == null || attendance.providerId() == null) {
            throw new PoisonMessageException("attendance without a session date or provider event id");
        }
        if (attendance.costPerSessionPence() < 0) {
            throw new PoisonMessageException("attendance with a negative cost per session");
        }
        AttendanceStatus status = AttendanceStatus.fromWire(attendance.status())
                .orElseThrow(() -> new PoisonMessageException("attendance with an unknown status"));
        if (stopped(event, attendance.sessionDate())) {
            return;
        }
        attendanceStore.add(ParticipantKey.of(event), attendance.providerId(), attendance.providerEventId(),
                attendance.placementId(), attendance.sessionDate(), status, attendance.costPerSessionPence());
    }

    public void linkWorkerSession(IncomingEvent event, LinkWorkerSessionRecorded session) throws SQLException {
        if (session.sessionId() == null || session.minutes() < 0) {
            throw new PoisonMessageException("link-worker session without an id or with negative minutes");
        }
        LocalDate date = orEventDate(session.date(), event);
        if (stopped(event, date)) {
            return;
        }
        ParticipantStore.ensure(connection, ParticipantKey.of(event));
        int stored = Statements.update(connection, """
                insert into link_worker_session (site_id, session_id, participant_id, session_date, minutes, mode)
                values (?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """, event.siteId(), session.sessionId(), event.participantId(), date, session.minutes(),
                Statements.nullable(session.mode(), Types.VARCHAR));
        if (stored > 0) {
            recomputations.linkWorker(ParticipantKey.of(event));
        }
    }

    /** Reaching a later status means the earlier ones were reached too, by that time at the latest. */
    public void engagement(IncomingEvent event, EngagementChanged changed) throws SQLException {
        Instant at = orEventTime(changed.changedAt(), event);
        List<Milestone> reached = switch (changed.status() == null ? "" : changed.status()) {
            case "CONNECTED" -> List.of(Milestone.CONNECTED);
            case "ENGAGED" -> List.of(Milestone.CONNECTED, Milestone.ENGAGED);
            case "SUSTAINED" -> List.of(Milestone.CONNECTED, Milestone.ENGAGED, Milestone.SUSTAINED);
            default -> List.of();
        };
        if (stopped(event, at)) {
            return;
        }
        ParticipantStore.ensure(connection, ParticipantKey.of(event));
        for (Milestone milestone : reached) {
            ParticipantStore.reached(connection, ParticipantKey.of(event), milestone, at);
        }
    }

    public void outcome(IncomingEvent event, OutcomeRecorded outcome) throws SQLException {
        if (outcome.outcomeId() == null || outcome.instrument() == null || outcome.timepoint() == null) {
            throw new PoisonMessageException("outcome without an id, instrument or timepoint");
        }
        LocalDate completedAt = orEventDate(outcome.completedAt(), event);
        if (stopped(event, completedAt)) {
            return;
        }
        ParticipantStore.ensure(connection, ParticipantKey.of(event));
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
                    """, event.siteId(), outcome.outcomeId(), event.participantId(), outcome.instrument(),
                    outcome.timepoint(), completedAt, score.getKey(), score.getValue());
        }
        if (stored > 0) {
            recomputations.outcomes(ParticipantKey.of(event));
        }
    }

    /** Whether the event's participant withdrew all consent: nothing about them is stored any more. */
    boolean erased(IncomingEvent event) {
        Withdrawal withdrawal = withdrawals.get(ParticipantKey.of(event));
        return withdrawal != null && withdrawal.erased();
    }

    /** Writes what the batch held back and brings the participants' maintained rows up to date. */
    void finish() throws SQLException {
        attendanceStore.write(connection, recomputations);
        recomputations.apply(connection);
    }

    private void milestone(IncomingEvent event, Milestone milestone, Instant time) throws SQLException {
        Instant at = orEventTime(time, event);
        if (!stopped(event, at)) {
            ParticipantStore.reached(connection, ParticipantKey.of(event), milestone, at);
        }
    }

    /** The time a fact carries; if it carries none, the time of its event, or else now. */
    private Instant orEventTime(Instant time, IncomingEvent event) {
        return time != null ? time : event.time() != null ? event.time() : now;
    }

    /** The date a fact carries; if it carries none, the date of its event, or else today (UTC, as event times). */
    private LocalDate orEventDate(LocalDate date, IncomingEvent event) {
        return date != null ? date : FactDates.utcDate(orEventTime(null, event));
    }

    private boolean stopped(IncomingEvent event, Instant at) {
        Instant stoppedAt = stoppedAt(event);
        return stoppedAt != null && FactDates.after(at, stoppedAt);
    }

    private boolean stopped(IncomingEvent event, LocalDate date) {
        Instant stoppedAt = stoppedAt(event);
        return stoppedAt != null && FactDates.after(date, stoppedAt);
    }

    /** When the participant withdrew consent to future collection; null if they have not. */
    private Instant stoppedAt(IncomingEvent event) {
        Withdrawal withdrawal = withdrawals.get(ParticipantKey.of(event));
        return withdrawal == null ? null : withdrawal.withdrawnAt;
    }
}
