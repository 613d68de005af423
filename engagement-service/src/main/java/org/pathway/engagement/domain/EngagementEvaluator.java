package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.chassis.config.SiteConfig;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.events.EngagementEventMapper;

/**
 * Re-derives a participant's status from their stored sessions and placement, stores it, and
 * publishes {@code engagement.changed} when it differs from the stored one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EngagementEvaluator {

    private final ParticipantStateStore participants;
    private final AttendanceStore attendance;
    private final Outbox outbox;
    private final CurrentSite currentSite;
    private final Sites sites;
    private final PathwayClock clock;

    public EngagementEvaluator(ParticipantStateStore participants, AttendanceStore attendance, Outbox outbox,
                               CurrentSite currentSite, Sites sites, PathwayClock clock) {
        this.participants = participants;
        this.attendance = attendance;
        this.outbox = outbox;
        this.currentSite = currentSite;
        this.sites = sites;
        this.clock = clock;
    }

    /** @return whether the status changed */
    public boolean reevaluate(String participantId, Instant now) {
        return reevaluate(participantId, now, clock.dateOf(now));
    }

    /**
     * Judges the time without attendance as of {@code asOf} rather than today (the status change is
     * still stamped {@code now}).
     *
     * @return whether the status changed
     */
    public boolean reevaluate(String participantId, Instant now, LocalDate asOf) {
        ParticipantState state = participants.lock(participantId, now);
        return !reevaluateLocked(Map.of(state, asOf), now).isEmpty();
    }

    /**
     * {@link #reevaluate} for participants this transaction has already locked, each as of its own
     * date, with one read of their sessions and one write of their evaluations. Their
     * {@code engagement.changed} events are appended in the map's order.
     *
     * @return the participants whose status changed
     */
    public List<String> reevaluateLocked(Map<ParticipantState, LocalDate> asOf, Instant now) {
        Map<String, List<SessionRecord>> sessions = attendance.sessionsOf(
                asOf.keySet().stream().map(ParticipantState::participantId).toList());
        EngagementThresholds thresholds = thresholds();
        List<Evaluation> evaluations = new ArrayList<>();
        List<EngagementChanged> changes = new ArrayList<>();
        asOf.forEach((state, date) -> {
            Evaluation evaluation = evaluate(state,
                    sessions.getOrDefault(state.participantId(), List.of()), date, thresholds);
            evaluations.add(evaluation);
            if (evaluation.statusChanged()) {
                changes.add(EngagementEventMapper.engagementChanged(state, evaluation, now));
            }
        });
        participants.saveEvaluations(evaluations, now);
        outbox.appendAll(changes);
        return changes.stream().map(EngagementChanged::participantId).toList();
    }

    private static Evaluation evaluate(ParticipantState state, List<SessionRecord> sessions, LocalDate asOf,
                                       EngagementThresholds thresholds) {
        Optional<EngagementStatus> evaluated = EngagementRules.evaluate(sessions, state.placedAndActive(),
                state.placedSince(), asOf, thresholds);
        Optional<EngagementStatus> next = StatusChange.next(state.status(), evaluated);
        return new Evaluation(state.participantId(), next, EngagementSummary.of(sessions),
                !next.equals(state.status()));
    }

    private EngagementThresholds thresholds() {
        SiteConfig.Engagement site = sites.get(currentSite.require()).engagement();
        return new EngagementThresholds(site.connectedAfter(), site.engagedAfter(), site.sustainedAfter(),
                site.consecutiveMissesToDisengage(), site.daysWithoutAttendanceToDisengage());
    }
}
