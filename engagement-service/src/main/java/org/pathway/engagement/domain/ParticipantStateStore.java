package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * The {@code participant_status} rows of the current site; callers run inside a transaction. Native
 * SQL on purpose: a webhook batch creates and locks its participants' rows in two set-based statements
 * and stores their evaluations in one JDBC batch, and the row lock is what orders a participant's changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParticipantStateStore {

    private final EntityManager em;

    public ParticipantStateStore(EntityManager em) {
        this.em = em;
    }

    /** Creates the row if needed and locks it until the transaction ends. */
    public ParticipantState lock(String participantId, Instant now) {
        return lockAll(List.of(participantId), now).get(participantId);
    }

    /**
     * {@link #lock} for many participants, in two statements. Rows are created and locked in
     * participant id order, one order for every caller, so that two transactions locking overlapping
     * sets wait for each other instead of deadlocking.
     *
     * @return the states by participant id, in participant id order
     */
    public SortedMap<String, ParticipantState> lockAll(Collection<String> participantIds, Instant now) {
        SortedMap<String, ParticipantState> states = new TreeMap<>();
        if (participantIds.isEmpty()) {
            return states;
        }
        Object[] ids = new TreeSet<>(participantIds).toArray();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into participant_status (participant_id, updated_at)
                    select participant_id, ? from unnest(?) as ids (participant_id) order by participant_id
                    on conflict (participant_id) do nothing""");
                 PreparedStatement select = connection.prepareStatement("""
                         select participant_id, status, placed_since, closed, withdrawn_scope
                         from participant_status where participant_id = any(?)
                         order by participant_id for update""")) {
                insert.setObject(1, at, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setArray(2, connection.createArrayOf("varchar", ids));
                insert.executeUpdate();
                select.setArray(1, connection.createArrayOf("varchar", ids));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String participantId = rows.getString(1);
                        states.put(participantId, state(participantId, rows.getString(2),
                                rows.getObject(3, LocalDate.class), rows.getBoolean(4),
                                WithdrawalScope.fromWire(rows.getString(5)).orElse(null)));
                    }
                }
            }
        });
        return states;
    }

    /** Stores each evaluation; one round trip (a JDBC batch) for all of them. */
    public void saveEvaluations(List<Evaluation> evaluations, Instant now) {
        if (evaluations.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    update participant_status
                    set status = ?, sessions_attended = ?, sessions_missed = ?, sessions_cancelled = ?,
                        last_attended_on = ?, updated_at = ?,
                        status_changed_at = case when ? then ? else status_changed_at end
                    where participant_id = ?""")) {
                for (Evaluation evaluation : evaluations) {
                    EngagementSummary summary = evaluation.summary();
                    statement.setString(1, evaluation.status().map(Enum::name).orElse(null));
                    statement.setInt(2, summary.attended());
                    statement.setInt(3, summary.missed());
                    statement.setInt(4, summary.cancelled());
                    statement.setObject(5, summary.lastAttendedOn(), Types.DATE);
                    statement.setObject(6, at, Types.TIMESTAMP_WITH_TIMEZONE);
                    statement.setBoolean(7, evaluation.statusChanged());
                    statement.setObject(8, at, Types.TIMESTAMP_WITH_TIMEZONE);
                    statement.setString(9, evaluation.participantId());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
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
    public void markWithdrawn(String participantId, WithdrawalScope scope, Instant withdrawnAt, Instant now) {
        em.createNativeQuery("""
                        update participant_status
                        set withdrawn_scope = case when withdrawn_scope = 'all' then 'all' else ?2 end,
                            withdrawn_at = coalesce(withdrawn_at, ?3), updated_at = ?4
                        where participant_id = ?1""")
                .setParameter(1, participantId)
                .setParameter(2, scope.wire())
                .setParameter(3, withdrawnAt)
                .setParameter(4, now)
                .executeUpdate();
    }

    /** Deletes every record of the participant at this site, keeping only the emptied status row. */
    public void erase(String participantId, Instant now) {
        em.createNativeQuery("delete from attendance where participant_id = ?1")
                .setParameter(1, participantId)
                .executeUpdate();
        LinkWorkerSession.delete("participantId", participantId);
        Outcome.delete("participantId", participantId);
        Placement.delete("participantId", participantId);
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

    /** The participant's stored status and counts; not yet connected and nothing counted when none are stored. */
    @SuppressWarnings("unchecked")
    public Engagement engagementOf(String participantId, Arm arm) {
        List<Object[]> rows = em.createNativeQuery("""
                        select status, sessions_attended, sessions_missed, sessions_cancelled, last_attended_on
                        from participant_status where participant_id = ?1""")
                .setParameter(1, participantId)
                .getResultList();
        Optional<Object[]> row = rows.stream().findFirst();
        EngagementSummary summary = row
                .map(r -> new EngagementSummary(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(), toLocalDate(r[4])))
                .orElse(new EngagementSummary(0, 0, 0, null));
        Optional<EngagementStatus> status = row.map(r -> (String) r[0]).map(EngagementStatus::valueOf);
        return new Engagement(participantId, status, summary, LinkWorkerSession.totalsOf(participantId), arm);
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

    private static ParticipantState state(String participantId, String status, LocalDate placedSince, boolean closed,
                                          WithdrawalScope withdrawnScope) {
        return new ParticipantState(participantId, Optional.ofNullable(status).map(EngagementStatus::valueOf),
                placedSince, closed, withdrawnScope);
    }

    private static LocalDate toLocalDate(Object value) {
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
