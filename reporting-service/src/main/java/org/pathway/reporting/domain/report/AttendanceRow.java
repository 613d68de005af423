package org.pathway.reporting.domain.report;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.SuppressedValue;

/**
 * One row of {@code GET /reports/attendance}, over the placed participants: the distribution of
 * sessions attended per participant (mean and quartiles), and adherence, the share who attended at
 * least half of the sessions offered in their first 12 weeks.
 */
public record AttendanceRow(
        String group,
        SuppressedCount placed,
        SuppressedValue sessionsAttendedMean,
        SuppressedValue sessionsAttendedP25,
        SuppressedValue sessionsAttendedMedian,
        SuppressedValue sessionsAttendedP75,
        SuppressedCount adherent,
        SuppressedRate adherenceRate) {
}
