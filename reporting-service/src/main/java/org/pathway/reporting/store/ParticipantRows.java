package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Upserts of the participant row by (site_id, participant_id). Whichever of a participant's events
 * arrives first creates the row; every column merges order-independently: times and dates keep the
 * earliest value, referral attributes the first one given (they all come from the same referral).
 */
final class ParticipantRows {

    static final String NEED_SEPARATOR = "|";

    private static final String[] MILESTONE_COLUMNS = Arrays.stream(Milestone.values())
            .map(Milestone::column).toArray(String[]::new);

    private ParticipantRows() {
    }

    static void ensure(Connection connection, String siteId, String participantId) throws SQLException {
        Statements.update(connection,
                "insert into participant (site_id, participant_id) values (?, ?) on conflict do nothing",
                siteId, participantId);
    }

    static void profile(Connection connection, String siteId, String participantId, Referral referral)
            throws SQLException {
        Statements.update(connection, """
                insert into participant (site_id, participant_id, referred_at, age_at_referral, gender,
                                         ethnic_category, deprivation_decile, presenting_needs)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, participant_id) do update set
                    referred_at = least(participant.referred_at, excluded.referred_at),
                    age_at_referral = coalesce(participant.age_at_referral, excluded.age_at_referral),
                    gender = coalesce(participant.gender, excluded.gender),
                    ethnic_category = coalesce(participant.ethnic_category, excluded.ethnic_category),
                    deprivation_decile = coalesce(participant.deprivation_decile, excluded.deprivation_decile),
                    presenting_needs = coalesce(participant.presenting_needs, excluded.presenting_needs)
                """,
                siteId, participantId,
                Statements.nullable(referral.referredAt(), Types.DATE),
                Statements.nullable(referral.ageAtReferral(), Types.INTEGER),
                Statements.nullable(referral.gender(), Types.VARCHAR),
                Statements.nullable(referral.ethnicCategory(), Types.VARCHAR),
                Statements.nullable(referral.deprivationDecile(), Types.INTEGER),
                Statements.nullable(referral.presentingNeeds() == null ? null
                        : String.join(NEED_SEPARATOR, referral.presentingNeeds()), Types.VARCHAR));
    }

    static void reached(Connection connection, String siteId, String participantId, Milestone milestone, Instant at)
            throws SQLException {
        String column = milestone.column();
        Statements.update(connection, "insert into participant (site_id, participant_id, " + column + ") values (?, ?, ?)"
                        + " on conflict (site_id, participant_id) do update set "
                        + column + " = least(participant." + column + ", excluded." + column + ")",
                siteId, participantId, at);
    }

    static void firstAttended(Connection connection, String siteId, String participantId, LocalDate on)
            throws SQLException {
        Statements.update(connection, """
                insert into participant (site_id, participant_id, first_attended_on) values (?, ?, ?)
                on conflict (site_id, participant_id) do update set
                    first_attended_on = least(participant.first_attended_on, excluded.first_attended_on)
                """, siteId, participantId, on);
    }

    /**
     * Forgets the stages reached after a withdrawal of consent to future collection; the earliest
     * time is kept, so a stage reached before the withdrawal survives.
     */
    static void forgetAfter(Connection connection, String siteId, String participantId, Instant withdrawnAt)
            throws SQLException {
        String milestones = Arrays.stream(MILESTONE_COLUMNS)
                .filter(column -> !column.equals(Milestone.WITHDRAWN.column()))
                .map(column -> column + " = case when " + column + " > ? then null else " + column + " end")
                .collect(Collectors.joining(", "));
        Object[] parameters = new Object[MILESTONE_COLUMNS.length + 2];
        int i = 0;
        for (; i < MILESTONE_COLUMNS.length - 1; i++) {
            parameters[i] = withdrawnAt;
        }
        parameters[i++] = FactDates.utcDate(withdrawnAt);
        parameters[i++] = siteId;
        parameters[i] = participantId;
        Statements.update(connection, "update participant set " + milestones
                        + ", first_attended_on = case when first_attended_on > ? then null else first_attended_on end"
                        + " where site_id = ? and participant_id = ?",
                parameters);
    }

    /** Coarse referral attributes, already normalised; null where the event did not carry them. */
    record Referral(
            LocalDate referredAt,
            Integer ageAtReferral,
            String gender,
            String ethnicCategory,
            Integer deprivationDecile,
            List<String> presentingNeeds) {
    }
}
