package org.pathway.reporting.domain.retention;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pathway.reporting.domain.report.Participant;

/**
 * One accepted participant as the retention report sees them: who they are for grouping, when they were
 * accepted, when (if) they withdrew, and the dates they completed a questionnaire at each timepoint.
 *
 * @param profile the participant's site and coarse attributes, for grouping
 * @param acceptedOn the calendar date (UTC) follow-up counts from: acceptance in the pathway arm, registration (the
 *                   referral date) in the comparison arm
 * @param withdrawnOn the calendar date (UTC) consent was withdrawn; null if never
 * @param completions each timepoint's completion dates, of any instrument; a timepoint without one is absent
 */
public record FollowUp(Participant profile, LocalDate acceptedOn, LocalDate withdrawnOn,
                       Map<FollowUpPoint, List<LocalDate>> completions) {

    public FollowUp {
        EnumMap<FollowUpPoint, List<LocalDate>> copy = new EnumMap<>(FollowUpPoint.class);
        completions.forEach((point, dates) -> copy.put(point, List.copyOf(dates)));
        completions = Map.copyOf(copy);
    }

    public String siteId() {
        return profile.siteId();
    }
}
