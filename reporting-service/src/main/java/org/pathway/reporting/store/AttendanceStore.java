package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pathway.chassis.events.AttendanceStatus;

/**
 * The attendance facts of a batch, the most numerous events, written together: their inserts in one
 * JDBC batch (one round trip), then each participant's row once, with the earliest session attended.
 * Written before anything reads them — before a withdrawal is applied and before the totals are
 * recomputed — so holding them back changes no result.
 */
final class AttendanceStore {

    private static final String INSERT = """
            insert into attendance (site_id, participant_id, provider_id, provider_event_id, placement_id,
                                    session_date, status, cost_per_session_pence)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """;

    private final List<Row> rows = new ArrayList<>();

    void add(ParticipantKey participant, String providerId, String providerEventId, UUID placementId,
             LocalDate sessionDate, AttendanceStatus status, int costPerSessionPence) {
        rows.add(new Row(participant, providerId, providerEventId, placementId, sessionDate, status, costPerSessionPence));
    }

    /** Writes what was added since the last write; notes whose totals are now stale. */
    void write(Connection connection, Recomputations recomputations) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int[] stored;
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                Statements.bind(statement, row.participant().siteId(), row.participant().participantId(),
                        row.providerId(), row.providerEventId(), Statements.nullable(row.placementId(), Types.OTHER),
                        row.sessionDate(), row.status().wire(), row.costPerSessionPence());
                statement.addBatch();
            }
            stored = statement.executeBatch();
        }
        Map<ParticipantKey, LocalDate> firstAttended = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            LocalDate attended = row.status() == AttendanceStatus.ATTENDED ? row.sessionDate() : null;
            firstAttended.merge(row.participant(), attended == null ? LocalDate.MAX : attended,
                    (a, b) -> a.isBefore(b) ? a : b);
            if (stored[i] != 0) {
                recomputations.activity(row.participant());
            }
        }
        for (Map.Entry<ParticipantKey, LocalDate> participant : firstAttended.entrySet()) {
            ParticipantKey key = participant.getKey();
            if (participant.getValue().equals(LocalDate.MAX)) {
                ParticipantStore.ensure(connection, key);
            } else {
                ParticipantStore.firstAttended(connection, key, participant.getValue());
            }
        }
        rows.clear();
    }

    private record Row(ParticipantKey participant, String providerId, String providerEventId, UUID placementId,
                       LocalDate sessionDate, AttendanceStatus status, int costPerSessionPence) {
    }
}
