package org.pathway.reporting.domain.extract;

import java.time.LocalDate;

/**
 * One row of {@code GET /extracts/participants}: a participant under their study id, with coarse
 * attributes, the date each stage was first reached and their activity totals. Every variable is
 * described in {@link ExtractDictionary}.
 */
public record ParticipantLine(
        String studyId,
        String site,
        String arm,
        LocalDate referredOn,
        Integer ageAtReferral,
        String gender,
        String ethnicCategory,
        Integer deprivationDecile,
        String postcodeDistrict,
        String presentingNeeds,
        LocalDate acceptedOn,
        LocalDate declinedOn,
        LocalDate contactedOn,
        LocalDate placedOn,
        LocalDate firstAttendedOn,
        LocalDate connectedOn,
        LocalDate engagedOn,
        LocalDate sustainedOn,
        LocalDate withdrawnOn,
        String withdrawalScope,
        LocalDate closedOn,
        int sessionsAttended,
        int attendedInWindow,
        int missedInWindow,
        long activityPence,
        long linkWorkerMinutes,
        long linkWorkerHourlyRatePence) {
}
