package org.pathway.reporting.domain.extract;

import java.time.LocalDate;

/** One row of {@code GET /extracts/measures} (long format): one computed score of one completed questionnaire. */
public record MeasureLine(
        String studyId,
        String site,
        String instrument,
        String timepoint,
        LocalDate completedOn,
        String scoreName,
        double score) {
}
