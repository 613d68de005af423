package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Which participants a report covers: those referred at one of {@code sites} between {@code from}
 * and {@code to} inclusive (either may be null: open-ended).
 */
public record ReportFilter(List<String> sites, LocalDate from, LocalDate to) {

    public ReportFilter {
        sites = List.copyOf(sites);
    }

    /**
     * The SQL condition on the one table a report reads (participant, or participant_outcome, which carries
     * the participant's referral date), with its parameters appended to {@code parameters}.
     */
    String where(List<Object> parameters, Connection connection) throws SQLException {
        StringBuilder where = new StringBuilder("referred_at is not null and site_id = any(?)");
        parameters.add(connection.createArrayOf("text", sites.toArray()));
        if (from != null) {
            where.append(" and referred_at >= ?");
            parameters.add(from);
        }
        if (to != null) {
            where.append(" and referred_at <= ?");
            parameters.add(to);
        }
        return where.toString();
    }
}
