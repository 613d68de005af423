package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.pathway.chassis.events.AttendanceStatus;

/**
 * The {@code attendance} rows of the current site. Native SQL on purpose: a webhook batch is stored
 * with one set-based insert and read back with one query, whatever its size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttendanceStore {

    private final EntityManager em;

    public AttendanceStore(EntityManager em) {
        this.em = em;
    }

    /** A reported session and the placement it counts against, for {@link #insertAll}. */
    public record Stored(ReportedAttendance reported, Placement placement) {
    }

    /**
     * Stores the sessions in one statement, in the order given, except those whose event id the
     * provider already reported. The unique key decides, so two concurrent requests with the same
     * event store it once (the second waits, then does nothing). The event ids must be distinct.
     *
     * @return the event ids stored, i.e. all but the duplicates
     */
    public Set<String> insertAll(String providerId, List<Stored> sessions, Instant now) {
        if (sessions.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into attendance (provider_id, event_id, placement_id, participant_id, session_date,
                                            status, recorded_at)
                    select ?, event_id, placement_id, participant_id, session_date, status, ?
                    from unnest(?, ?, ?, ?, ?) with ordinality
                         as reported (event_id, placement_id, participant_id, session_date, status, position)
                    order by position
                    on conflict (provider_id, event_id) do nothing
                    returning event_id""")) {
                statement.setString(1, providerId);
                statement.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setArray(3, array(connection, "varchar", sessions, s -> s.reported().eventId()));
                statement.setArray(4, array(connection, "uuid", sessions, s -> s.placement().placementId));
                statement.setArray(5, array(connection, "varchar", sessions, s -> s.placement().participantId));
                statement.setArray(6, array(connection, "date", sessions, s -> s.reported().sessionDate()));
                statement.setArray(7, array(connection, "varchar", sessions, s -> s.reported().status().wire()));
                Set<String> stored = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
                return stored;
            }
        });
    }

    /**
     * Every session of each participant, by date and then in the order they were recorded; a
     * participant without sessions is absent.
     */
    public Map<String, List<SessionRecord>> sessionsOf(Collection<String> participantIds) {
        Map<String, List<SessionRecord>> sessions = new HashMap<>();
        if (participantIds.isEmpty()) {
            return sessions;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select participant_id, session_date, status from attendance where participant_id = any(?)
                    order by session_date, seq""")) {
                statement.setArray(1, connection.createArrayOf("varchar", participantIds.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sessions.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                                .add(new SessionRecord(rows.getObject(2, LocalDate.class),
                                        AttendanceStatus.fromWire(rows.getString(3)).orElseThrow()));
                    }
                }
            }
        });
        return sessions;
    }

    /** A typed array parameter; its elements are sent as text, as PostgreSQL writes them. */
    private static Array array(Connection connection, String elementType, List<Stored> sessions,
                               Function<Stored, Object> element) throws SQLException {
        return connection.createArrayOf(elementType, sessions.stream().map(element).map(String::valueOf).toArray());
    }
}
