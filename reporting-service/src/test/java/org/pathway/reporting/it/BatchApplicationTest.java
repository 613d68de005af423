package org.pathway.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.reporting.events.PathwayEventHandler;
import org.pathway.reporting.support.Journey;
import org.pathway.reporting.support.StoreRows;

/**
 * A batch of events applied in one transaction leaves the store exactly as the same events applied one
 * transaction each: attendance held back to the end of the batch, totals and outcome rows recomputed once,
 * and a withdrawal in the middle of the batch still removing the sessions before it and stopping those
 * after it.
 */
@QuarkusTest
class BatchApplicationTest {

    private static final String SITE = "north-london";
    private static final LocalDate REFERRED = LocalDate.parse("2025-10-06");

    @Inject
    PathwayEventHandler handler;

    @Inject
    DataSource dataSource;

    /**
     * Placed on day 5, sessions on days 6, 13, 20 and 27, all attended, ENGAGED on day 27, a repeated
     * session report; consent to future collection withdrawn on day 16, in the middle of the events.
     * Kept: the sessions of days 6 and 13 (2 sessions), placement, contact and link-worker time; not
     * kept: the later sessions and ENGAGED.
     */
    @Test
    void aBatchLeavesWhatTheSameEventsOneByOneLeave() throws SQLException {
        List<PathwayEvent> oneByOne = futureWithdrawalInTheMiddle(Journey.participantId("BO", 1));
        List<PathwayEvent> together = futureWithdrawalInTheMiddle(Journey.participantId("BT", 1));
        for (PathwayEvent event : oneByOne) {
            apply(List.of(event));
        }
        apply(together);

        Map<String, Object> applied = participantRow(Journey.participantId("BO", 1));
        assertThat(participantRow(Journey.participantId("BT", 1))).isEqualTo(applied);
        assertThat(applied).containsEntry("sessions_attended", 2).containsEntry("attended_in_window", 2)
                .containsEntry("activity_pence", 1400L).containsEntry("link_worker_minutes", 45L)
                .containsEntry("engaged_at", null);
        assertThat(applied.get("withdrawn_at")).isNotNull();
        assertThat(count("attendance", Journey.participantId("BT", 1))).isEqualTo(2);
    }

    @Test
    void aParticipantErasedInTheMiddleOfABatchLeavesNothingButTheWithdrawal() throws SQLException {
        String participant = Journey.participantId("BE", 1);
        Journey journey = Journey.of(SITE, participant, REFERRED).accepted().contacted(2, 45).placed(5, 700)
                .sessions("AAAA");
        List<PathwayEvent> events = new ArrayList<>(journey.events());
        events.add(4, new ReferralWithdrawn(participant, UUID.randomUUID(), journey.at(16), "all"));
        apply(events);

        for (String table : List.of("participant", "attendance", "link_worker_session", "placement")) {
            assertThat(count(table, participant)).as(table).isZero();
        }
        assertThat(count("withdrawal", participant)).isEqualTo(1);
    }

    private static List<PathwayEvent> futureWithdrawalInTheMiddle(String participant) {
        Journey journey = Journey.of(SITE, participant, REFERRED).accepted().contacted(2, 45).placed(5, 700)
                .sessions("AAAA").status("ENGAGED");
        List<PathwayEvent> events = new ArrayList<>(journey.events());
        int third = indexOfAttendance(events, 2);
        events.add(third + 1, new ReferralWithdrawn(participant, UUID.randomUUID(), journey.at(16), "future"));
        events.add(journey.attendance(0, "attended"));
        return events;
    }

    private static int indexOfAttendance(List<PathwayEvent> events, int session) {
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof AttendanceRecorded && seen++ == session) {
                return i;
            }
        }
        throw new IllegalArgumentException("no session " + session);
    }

    private void apply(List<PathwayEvent> events) {
        List<IncomingEvent> incoming = events.stream()
                .map(data -> new IncomingEvent(UUID.randomUUID(), EventType.of(data.getClass()), SITE,
                        "/sites/" + SITE + "/test", Instant.parse("2025-04-01T10:00:00Z"), data))
                .toList();
        QuarkusTransaction.requiringNew().run(() -> handler.applyAll(incoming));
    }

    /** The participant's row, without its id. */
    private Map<String, Object> participantRow(String participant) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select * from participant where site_id = ? and participant_id = ?")) {
            statement.setString(1, SITE);
            statement.setString(2, participant);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row for %s", participant).isTrue();
                ResultSetMetaData columns = rows.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    if (!columns.getColumnName(i).equals("participant_id")) {
                        row.put(columns.getColumnName(i), rows.getObject(i));
                    }
                }
                return row;
            }
        }
    }

    private long count(String table, String participant) {
        return StoreRows.count(dataSource, table, SITE, participant);
    }
}
