package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Data freshness per site: the newest event time seen, and when the store last took one of its events.
 * Native SQL: concurrent batches of one site each merge into its one row in a single upsert, where
 * reading the row first would race.
 */
final class SiteFreshnessStore {

    private SiteFreshnessStore() {
    }

    /** @param receivedAt when the store took the events */
    static void record(Connection connection, String siteId, Instant eventTime, Instant receivedAt)
            throws SQLException {
        Statements.update(connection, """
                insert into site_freshness (site_id, last_event_at, last_received_at) values (?, ?, ?)
                on conflict (site_id) do update set
                    last_event_at = greatest(site_freshness.last_event_at, excluded.last_event_at),
                    last_received_at = greatest(site_freshness.last_received_at, excluded.last_received_at)
                """, siteId, eventTime != null ? eventTime : receivedAt, receivedAt);
    }
}
