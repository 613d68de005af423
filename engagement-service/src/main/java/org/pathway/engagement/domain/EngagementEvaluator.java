package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pathway.chassis.config.SiteConfig;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.engagement.config.EngagementClock;

/**
 * Re-derives a participant's status from their stored sessions and placement, stores it, and
 * publishes {@code engagement.changed} when it differs from the stored one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EngagementEvaluator {

    private final ParticipantStore participants;
    private final AttendanceStore attendance;
    private final Outbox outbox;
    private final CurrentSite currentSite;
    private final Sites sites;
    private final EngagementClock clock;

    public EngagementEvaluator(ParticipantStore participants, AttendanceStore attendance, Outbox outbox,
                               CurrentSite currentSite, Sites sites, EngagementClock clock) {
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
        List<SessionRecord> sessions = attendance.sessionsOf(participantId);
        Optional<EngagementStatus> evaluated = EngagementRules.evaluate(sessions, state.placedAndActive(),
                state.placedSince(), asOf, thresholds());
        Optional<EngagementStatus> next = StatusChange.next(state.status(), evaluated);
        EngagementSummary summary = EngagementSummary.of(sessions);
        boolean changed = !next.equals(state.status());
        participants.saveEvaluation(participantId, next, summary, changed, now);
        if (changed) {
            outbox.append(new EngagementChanged(participantId, state.status().map(Enum::name).orElse(null),
                    next.orElseThrow().name(), now, summary.attended(), summary.missed()));
        }
        return changed;
    }

    private EngagementThresholds thresholds() {
        SiteConfig.Engagement site = sites.get(currentSite.require()).engagement();
        return new EngagementThresholds(site.connectedAfter(), site.engagedAfter(), site.sustainedAfter(),
                site.consecutiveMissesToDisengage(), site.daysWithoutAttendanceToDisengage());
    }
}
