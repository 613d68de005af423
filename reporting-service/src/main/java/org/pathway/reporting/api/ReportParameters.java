package org.pathway.reporting.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.store.ReportFilter;

/**
 * The query parameters every report shares, checked together so that one response names every
 * invalid parameter.
 *
 * @param from first referral date included; null: open
 * @param to last referral date included; null: open
 */
public record ReportParameters(LocalDate from, LocalDate to, GroupBy groupBy) {

    /** Grouping when {@code groupBy} is absent: sites are what the research team compares first. */
    public static final GroupBy DEFAULT_GROUP_BY = GroupBy.SITE;

    /** @throws Problem 422 naming each invalid parameter */
    public static ReportParameters parse(String from, String to, String groupBy) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        GroupBy grouping = DEFAULT_GROUP_BY;
        if (groupBy != null && !groupBy.isBlank()) {
            try {
                grouping = GroupBy.fromString(groupBy.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("groupBy", e.getMessage()));
            }
        }
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new ReportParameters(fromDate, toDate, grouping);
    }

    /** The participants these parameters cover at the given sites. */
    public ReportFilter filter(List<String> sites) {
        return new ReportFilter(sites, from, to);
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as yyyy-mm-dd"));
            return null;
        }
    }
}
