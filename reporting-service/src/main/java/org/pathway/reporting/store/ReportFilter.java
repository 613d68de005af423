package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.pathway.chassis.events.Arm;

/**
 * Which participants a report covers: those referred at one of {@code sites} between {@code from}
 * and {@code to} inclusive (either may be null: open-ended), in one of {@code arms}.
 *
 * @param arms the study arms covered, as wire values: the pathway arm alone for every report of the pathway
 *             ({@link #ReportFilter(List, LocalDate, LocalDate)}), both for the reports that compare the arms and
 *             for the extracts ({@link #everyArm()})
 */
public record ReportFilter(List<String> sites, LocalDate from, LocalDate to, List<String> arms) {

    public static final List<String> PATHWAY_ONLY = List.of(Arm.PATHWAY.wire());
    public static final List<String> EVERY_ARM = List.of(Arm.PATHWAY.wire(), Arm.COMPARISON.wire());

    public ReportFilter {
        sites = List.copyOf(sites);
        arms = List.copyOf(arms);
    }

    /** The pathway arm's participants: what every report of the pathway counts. */
    public ReportFilter(List<String> sites, LocalDate from, LocalDate to) {
        this(sites, from, to, PATHWAY_ONLY);
    }

    /** The same sites and dates, both arms. */
    public ReportFilter everyArm() {
        return new ReportFilter(sites, from, to, EVERY_ARM);
    }

    /**
     * The SQL condition on the one table a report reads (participant, or participant_outcome, which carries
     * the participant's referral date and arm), with its parameters appended to {@code parameters}.
     */
    String where(List<Object> parameters, Connection connection) throws SQLException {
        StringBuilder where = new StringBuilder("referred_at is not null and site_id = any(?)");
        parameters.add(connection.createArrayOf("text", sites.toArray()));
        if (!arms.containsAll(EVERY_ARM)) {
            where.append(" and coalesce(arm, 'pathway') = any(?)");
            parameters.add(connection.createArrayOf("text", arms.toArray()));
        }
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
