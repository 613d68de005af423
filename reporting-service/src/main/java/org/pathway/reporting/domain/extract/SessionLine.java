package org.pathway.reporting.domain.extract;

import java.time.LocalDate;

/**
 * One row of {@code GET /extracts/sessions}: an activity session a provider reported ({@code kind}
 * {@code activity}) or a link-worker session ({@code link-worker}); the columns of the other kind are empty.
 */
public record SessionLine(
        String studyId,
        String site,
        String kind,
        LocalDate sessionDate,
        String status,
        String activityCategory,
        Integer costPerSessionPence,
        Integer minutes,
        String mode) {

    public static final String ACTIVITY = "activity";
    public static final String LINK_WORKER = "link-worker";
}
