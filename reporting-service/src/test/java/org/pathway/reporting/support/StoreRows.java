package org.pathway.reporting.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** What the research store holds about a participant, read straight from its tables. */
public final class StoreRows {

    private StoreRows() {
    }

    /** How many rows of the table are about the participant at the site. */
    public static long count(DataSource dataSource, String table, String siteId, String participantId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from " + table + " where site_id = ? and participant_id = ?")) {
            statement.setString(1, siteId);
            statement.setString(2, participantId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
