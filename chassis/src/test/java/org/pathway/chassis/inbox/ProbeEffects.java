package org.pathway.chassis.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.awaitility.Awaitility;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the probe consumers applied: one {@code probe_effect} row per event, in the event's site schema. */
@ApplicationScoped
public class ProbeEffects {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final DataSource dataSource;

    public ProbeEffects(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many of the events left their effect in the schema. */
    long count(String schema, List<UUID> ids) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(
                     "select count(*) from " + schema + ".probe_effect where event_id = any(?)")) {
            statement.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String schema, UUID id) {
        return count(schema, List.of(id));
    }

    /** Waits until every event has left exactly one effect in the schema. */
    void await(String schema, List<UUID> ids) {
        Awaitility.await().atMost(DELIVERY).untilAsserted(() ->
                assertThat(count(schema, ids)).as("effects in %s", schema).isEqualTo(ids.size()));
    }

    void await(String schema, UUID id) {
        await(schema, List.of(id));
    }
}
