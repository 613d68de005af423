package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.retention.FollowUp;
import org.pathway.reporting.domain.retention.FollowUpPoint;

/**
 * Reads the retention report's cohort: each accepted participant the filter covers (a comparison participant's
 * registration is accepted as a referral is), with the date they entered the study, their withdrawal
 * date and the dates they completed a questionnaire at each timepoint (of any instrument).
 */
@ApplicationScoped
public class FollowUpStore {

    /**
     * %1$s the profile, %2$s the filter. Completions as {@code timepoint=date} joined with commas. Follow-up counts
     * from acceptance in the pathway arm and from registration (the referral date the comparison participant was
     * registered with) in the comparison arm: the day each entered the study.
     */
    private static final String FOLLOW_UPS = """
            select %1$s,
                   case when p.arm = 'comparison' then p.referred_at else (p.accepted_at at time zone 'UTC')::date end,
                   (p.withdrawn_at at time zone 'UTC')::date,
                   (select string_agg(distinct o.timepoint || '=' || o.completed_at, ',')
                    from outcome_score o where o.site_id = p.site_id and o.participant_id = p.participant_id)
            from participant p
            where %2$s and accepted_at is not null
            """;

    private final DataSource dataSource;

    public FollowUpStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<FollowUp> followUps(ReportFilter filter, GroupBy groupBy) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql = FOLLOW_UPS.formatted(ReportStore.profile(groupBy), filter.where(parameters, connection));
            List<FollowUp> followUps = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int at = ReportStore.PROFILE_COLUMNS + 1;
                        followUps.add(new FollowUp(ReportStore.profileOnly(rows), rows.getObject(at, LocalDate.class),
                                rows.getObject(at + 1, LocalDate.class), completions(rows.getString(at + 2))));
                    }
                }
            }
            return followUps;
        } catch (SQLException e) {
            throw new IllegalStateException("the research store could not be read", e);
        }
    }

    /** {@code baseline=2025-01-02,3m=2025-04-03}; timepoints the report does not follow are left out. */
    private static Map<FollowUpPoint, List<LocalDate>> completions(String joined) {
        Map<FollowUpPoint, List<LocalDate>> completions = new EnumMap<>(FollowUpPoint.class);
        if (joined == null) {
            return completions;
        }
        for (String completion : joined.split(",")) {
            int equals = completion.indexOf('=');
            FollowUpPoint.fromWire(completion.substring(0, equals)).ifPresent(point -> completions
                    .computeIfAbsent(point, key -> new ArrayList<>())
                    .add(LocalDate.parse(completion.substring(equals + 1))));
        }
        return completions;
    }
}
