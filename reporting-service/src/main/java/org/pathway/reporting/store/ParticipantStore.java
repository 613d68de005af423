package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.pathway.reporting.domain.uptake.Adherence;

/**
 * The participant row, by (site_id, participant_id). Native SQL: each write is one upsert that several
 * events, in any order, merge into. Whichever of a participant's events arrives first creates the row;
 * every column merges order-independently: times and dates keep the earliest value, referral attributes
 * the first one given (they all come from the same referral). The referral date and attributes are also
 * copied onto the participant's participant_outcome rows, which the outcomes report reads alone:
 * {@link #profile} keeps those copies in step.
 *
 * <p>The row also keeps totals (sessions attended, attended and missed in the adherence window, activity
 * pence, link-worker minutes), so that reports need not aggregate the largest fact tables. Each is
 * recomputed from the participant's own rows (a few dozen, by index) in the transaction that changed them,
 * rather than incremented: a recomputation is right whatever order the facts, the placement and a
 * withdrawal arrived in.
 */
final class ParticipantStore {

    static final String NEED_SEPARATOR = "|";

    /**
     * The referral date and coarse attributes, in the order of {@link Referral}'s components: what reports
     * filter and group by, and what participant_outcome copies of the participant.
     */
    static final List<String> PROFILE_COLUMNS = List.of("referred_at", "age_at_referral", "gender", "ethnic_category",
            "deprivation_decile", "presenting_needs", "arm");

    /**
     * Merges a referral into the participant's row, then writes the merged values onto their
     * participant_outcome rows whose copies differ.
     */
    private static final String PROFILE = """
            with merged as (
                insert into participant (site_id, participant_id, %1$s)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, participant_id) do update set
                    referred_at = least(participant.referred_at, excluded.referred_at),
                    age_at_referral = coalesce(participant.age_at_referral, excluded.age_at_referral),
                    gender = coalesce(participant.gender, excluded.gender),
                    ethnic_category = coalesce(participant.ethnic_category, excluded.ethnic_category),
                    deprivation_decile = coalesce(participant.deprivation_decile, excluded.deprivation_decile),
                    presenting_needs = coalesce(participant.presenting_needs, excluded.presenting_needs),
                    arm = coalesce(participant.arm, excluded.arm)
                returning site_id, participant_id, %1$s)
            update participant_outcome o set (%1$s) = (%2$s)
            from merged p
            where o.site_id = p.site_id and o.participant_id = p.participant_id and (%3$s) is distinct from (%2$s)
            """.formatted(profileColumns(""), profileColumns("p."), profileColumns("o."));

    private static final int ADHERENCE_WINDOW_DAYS = Adherence.WINDOW.getDays();

    private static final String ACTIVITY = """
            update participant p set (sessions_attended, attended_in_window, missed_in_window, activity_pence) = (
                select count(*) filter (where a.status = 'attended'),
                       count(*) filter (where a.status = 'attended' and a.session_date >= w.placed_on
                                        and a.session_date < w.placed_on + %1$d),
                       count(*) filter (where a.status = 'missed' and a.session_date >= w.placed_on
                                        and a.session_date < w.placed_on + %1$d),
                       coalesce(sum(a.cost_per_session_pence) filter (where a.status = 'attended'), 0)
                from (select (p.placed_at at time zone 'UTC')::date as placed_on) w
                left join attendance a on a.site_id = p.site_id and a.participant_id = p.participant_id)
            where p.site_id = ? and p.participant_id = ?
            """.formatted(ADHERENCE_WINDOW_DAYS);

    private static final String LINK_WORKER = """
            update participant p set link_worker_minutes = (
                select coalesce(sum(s.minutes), 0) from link_worker_session s
                where s.site_id = p.site_id and s.participant_id = p.participant_id)
            where p.site_id = ? and p.participant_id = ?
            """;

    private static final String[] MILESTONE_COLUMNS = Arrays.stream(Milestone.values())
            .map(Milestone::column).toArray(String[]::new);

    private ParticipantStore() {
    }

    static void ensure(Connection connection, ParticipantKey participant) throws SQLException {
        Statements.update(connection,
                "insert into participant (site_id, participant_id) values (?, ?) on conflict do nothing",
                participant.siteId(), participant.participantId());
    }

    /**
     * Merges a referral's date and attributes into the participant's row, and copies the merged values onto
     * their participant_outcome rows (see {@link ParticipantOutcomeStore}): outcomes may have arrived first.
     */
    static void profile(Connection connection, ParticipantKey participant, Referral referral) throws SQLException {
        Statements.update(connection, PROFILE,
                participant.siteId(), participant.participantId(),
                Statements.nullable(referral.referredAt(), Types.DATE),
                Statements.nullable(referral.ageAtReferral(), Types.INTEGER),
                Statements.nullable(referral.gender(), Types.VARCHAR),
                Statements.nullable(referral.ethnicCategory(), Types.VARCHAR),
                Statements.nullable(referral.deprivationDecile(), Types.INTEGER),
                Statements.nullable(referral.presentingNeeds() == null ? null
                        : String.join(NEED_SEPARATOR, referral.presentingNeeds()), Types.VARCHAR),
                Statements.nullable(referral.arm(), Types.VARCHAR));
    }

    /**
     * The postcode district of a referral, kept for the extract only (reports do not group by it); the first
     * given wins, like the other referral attributes. Called after {@link #profile}, which made the row.
     */
    static void postcodeDistrict(Connection connection, ParticipantKey participant, String district)
            throws SQLException {
        if (district != null) {
            Statements.update(connection, """
                    update participant set postcode_district = coalesce(postcode_district, ?)
                    where site_id = ? and participant_id = ?
                    """, district, participant.siteId(), participant.participantId());
        }
    }

    /**
     * Whether the accepted young person consented to research use of their data, as their acceptance said; the
     * first acceptance wins, like the referral attributes. No extract holds a participant who did not consent.
     */
    static void researchConsent(Connection connection, ParticipantKey participant, boolean consent)
            throws SQLException {
        Statements.update(connection, """
                update participant set research_consent = coalesce(research_consent, ?)
                where site_id = ? and participant_id = ?
                """, consent, participant.siteId(), participant.participantId());
    }

    /** {@link #PROFILE_COLUMNS}, each after {@code prefix} (a table alias and a dot, or nothing), comma-separated. */
    static String profileColumns(String prefix) {
        return PROFILE_COLUMNS.stream().map(column -> prefix + column).collect(Collectors.joining(", "));
    }

    static void reached(Connection connection, ParticipantKey participant, Milestone milestone, Instant at)
            throws SQLException {
        String column = milestone.column();
        Statements.update(connection, "insert into participant (site_id, participant_id, " + column + ") values (?, ?, ?)"
                        + " on conflict (site_id, participant_id) do update set "
                        + column + " = least(participant." + column + ", excluded." + column + ")",
                participant.siteId(), participant.participantId(), at);
    }

    static void firstAttended(Connection connection, ParticipantKey participant, LocalDate on) throws SQLException {
        Statements.update(connection, """
                insert into participant (site_id, participant_id, first_attended_on) values (?, ?, ?)
                on conflict (site_id, participant_id) do update set
                    first_attended_on = least(participant.first_attended_on, excluded.first_attended_on)
                """, participant.siteId(), participant.participantId(), on);
    }

    /**
     * Forgets the stages reached after a withdrawal of consent to future collection; the earliest
     * time is kept, so a stage reached before the withdrawal survives.
     */
    static void forgetAfter(Connection connection, ParticipantKey participant, Instant withdrawnAt)
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
        parameters[i++] = participant.siteId();
        parameters[i] = participant.participantId();
        Statements.update(connection, "update participant set " + milestones
                        + ", first_attended_on = case when first_attended_on > ? then null else first_attended_on end"
                        + " where site_id = ? and participant_id = ?",
                parameters);
    }

    /** After the participant's sessions or placement date changed. */
    static void recomputeActivity(Connection connection, ParticipantKey participant) throws SQLException {
        Statements.update(connection, ACTIVITY, participant.siteId(), participant.participantId());
    }

    /** After the participant's link-worker sessions changed. */
    static void recomputeLinkWorker(Connection connection, ParticipantKey participant) throws SQLException {
        Statements.update(connection, LINK_WORKER, participant.siteId(), participant.participantId());
    }

    /**
     * Coarse referral attributes, already normalised; null where the event did not carry them.
     *
     * @param arm {@code pathway|comparison}; the first given wins (every event of one referral names the same)
     */
    record Referral(
            LocalDate referredAt,
            Integer ageAtReferral,
            String gender,
            String ethnicCategory,
            Integer deprivationDecile,
            List<String> presentingNeeds,
            String arm) {
    }
}
