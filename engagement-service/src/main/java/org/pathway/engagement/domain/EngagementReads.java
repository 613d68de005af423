package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.pathway.engagement.api.dto.EngagementView;

/** The engagement view of a participant, from the stored derived state. */
@ApplicationScoped
public class EngagementReads {

    private final EntityManager em;
    private final LinkWorkerSessions sessions;

    public EngagementReads(EntityManager em, LinkWorkerSessions sessions) {
        this.em = em;
        this.sessions = sessions;
    }

    /** A participant the service has heard nothing about reads as not yet connected, with no sessions. */
    @Transactional
    @SuppressWarnings("unchecked")
    public EngagementView view(String participantId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select status, sessions_attended, sessions_missed, sessions_cancelled, last_attended_on
                        from participant_status where participant_id = ?1""")
                .setParameter(1, participantId)
                .getResultList();
        EngagementSummary summary = rows.stream().findFirst()
                .map(row -> new EngagementSummary(((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue(), ParticipantStore.toLocalDate(row[4])))
                .orElse(new EngagementSummary(0, 0, 0, null));
        Optional<EngagementStatus> status = rows.stream().findFirst()
                .map(row -> (String) row[0])
                .map(EngagementStatus::valueOf);
        LinkWorkerSessions.Totals totals = sessions.totals(participantId);
        return EngagementView.of(participantId, status, summary, totals.sessions(), totals.minutes());
    }
}
