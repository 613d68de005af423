package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** The {@code participant_status} rows of the current site; callers run inside a transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParticipantStore {

    private final EntityManager em;

    public ParticipantStore(EntityManager em) {
        this.em = em;
    }

    /** Creates the row if needed and locks it until the transaction ends. */
    public ParticipantState lock(String participantId, Instant now) {
        em.createNativeQuery("""
                        insert into participant_status (participant_id, updated_at) values (?1, ?2)
                        on conflict (participant_id) do nothing""")
                .setParameter(1, participantId)
                .setParameter(2, now)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                        select status, placed_since, closed, withdrawn_scope
                        from participant_status where participant_id = ?1 for update""")
                .setParameter(1, participantId)
                .getSingleResult();
        return state(participantId, row);
    }

    /** Without locking; empty when the service knows nothing of the participant. */
    public Optional<ParticipantState> find(String participantId) {
        List<?> rows = em.createNativeQuery("""
                        select status, placed_since, closed, withdrawn_scope
                        from participant_status where participant_id = ?1""")
                .setParameter(1, participantId)
                .getResultList();
        return rows.stream().findFirst().map(row -> state(participantId, (Object[]) row));
    }

    /** Whether new records for the participant must be refused (consent withdrawn, any scope). */
    public boolean isWithdrawn(String participantId) {
        return find(participantId).map(ParticipantState::withdrawn).orElse(false);
    }

    public void saveEvaluation(String participantId, Optional<EngagementStatus> status, EngagementSummary summary,
                               boolean statusChanged, Instant now) {
        nativeQuery("""
                        update participant_status
                        set status = ?2, sessions_attended = ?3, sessions_missed = ?4, sessions_cancelled = ?5,
                            last_attended_on = ?6, updated_at = ?7,
                            status_changed_at = case when ?8 then ?7 else status_changed_at end
                        where participant_id = ?1""")
                .setParameter(1, participantId)
                .setParameter(2, status.map(Enum::name).orElse(null), String.class)
                .setParameter(3, summary.attended())
                .setParameter(4, summary.missed())
                .setParameter(5, summary.cancelled())
                .setParameter(6, summary.lastAttendedOn(), LocalDate.class)
                .setParameter(7, now)
                .setParameter(8, statusChanged)
                .executeUpdate();
    }

    public void setPlacedSince(String participantId, LocalDate placedSince, Instant now) {
        nativeQuery("update participant_status set placed_since = ?2, updated_at = ?3 where participant_id = ?1")
                .setParameter(1, participantId)
                .setParameter(2, placedSince, LocalDate.class)
                .setParameter(3, now)
                .executeUpdate();
    }

    public void markClosed(String participantId, Instant now) {
        em.createNativeQuery("update participant_status set closed = true, updated_at = ?2 where participant_id = ?1")
                .setParameter(1, participantId)
                .setParameter(2, now)
                .executeUpdate();
    }

    /** A later {@code future} never narrows an earlier {@code all}. */
    public void markWithdrawn(String participantId, String scope, Instant withdrawnAt, Instant now) {
        em.createNativeQuery("""
                        update participant_status
                        set withdrawn_scope = case when withdrawn_scope = 'all' then 'all' else ?2 end,
                            withdrawn_at = coalesce(withdrawn_at, ?3), updated_at = ?4
                        where participant_id = ?1""")
                .setParameter(1, participantId)
                .setParameter(2, scope)
                .setParameter(3, withdrawnAt)
                .setParameter(4, now)
                .executeUpdate();
    }

    /** Deletes every record of the participant at this site, keeping only the emptied status row. */
    public void erase(String participantId, Instant now) {
        for (String table : List.of("attendance", "link_worker_session", "outcome", "placement")) {
            em.createNativeQuery("delete from " + table + " where participant_id = ?1")
                    .setParameter(1, participantId)
                    .executeUpdate();
        }
        em.createNativeQuery("""
                        update participant_status
                        set status = null, sessions_attended = 0, sessions_missed = 0, sessions_cancelled = 0,
                            last_attended_on = null, placed_since = null, status_changed_at = null,
                            erased_at = ?2, updated_at = ?2
                        where participant_id = ?1""")
                .setParameter(1, participantId)
                .setParameter(2, now)
                .executeUpdate();
    }

    /** Participants the elapsed-time rule applies to. */
    @SuppressWarnings("unchecked")
    public List<String> placedAndActive() {
        return em.createNativeQuery("""
                        select participant_id from participant_status
                        where placed_since is not null and not closed and withdrawn_scope is null
                        order by participant_id""")
                .getResultList();
    }

    private static ParticipantState state(String participantId, Object[] row) {
        Optional<EngagementStatus> status = Optional.ofNullable((String) row[0]).map(EngagementStatus::valueOf);
        LocalDate placedSince = toLocalDate(row[1]);
        return new ParticipantState(participantId, status, placedSince, (Boolean) row[2], (String) row[3]);
    }

    static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }

    /** Typed parameters, so a null binds as the column's type rather than as bytes. */
    private NativeQuery<?> nativeQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }
}
