package org.pathway.chassis.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An outbox in a schema of its own, which the running relay never drains (it drains the sites'
 * schemas), so a test can drive {@link OutboxPublisher} over it alone.
 */
final class RelayProbe {

    static final String SCHEMA = "relay_probe";

    private final DataSource dataSource;

    RelayProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empties the probe outbox and writes {@code count} unsent rows; returns their ids in order. */
    List<Long> fresh(int count) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
            statement.execute("create table if not exists " + SCHEMA + ".outbox (like site_north_london.outbox including all)");
            statement.execute("truncate " + SCHEMA + ".outbox");
            statement.execute("insert into " + SCHEMA + ".outbox (event_id, topic, event_type, site_id, source,"
                    + " participant_id, occurred_at, payload) select gen_random_uuid(), 'pathway.referrals.v1',"
                    + " 'pathway.referral.contacted.v1', 'north-london', '/sites/north-london/probe',"
                    + " 'P-RELAYPROBE' || n, now(), '{}' from generate_series(1, " + count + ") as n");
        }
        return unsent();
    }

    /** The ids of the rows not marked sent, in order. */
    List<Long> unsent() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(
                     "select id from " + SCHEMA + ".outbox where sent_at is null order by id");
             ResultSet rs = statement.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }
}
