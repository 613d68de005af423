package org.pathway.reporting.domain.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one participant stands at one timepoint on the report's date. The due date is acceptance plus
 * the timepoint's days; the window is the due date ± the site's window days, both ends included.
 */
public final class Retention {

    /** The participant's state at one timepoint; only the last three count as due. */
    public enum Status {
        /** The due date is after the report's date. */
        NOT_DUE,
        /** Consent withdrawn before the due date (and on or before the report's date). */
        WITHDRAWN_BEFORE_DUE,
        /** A questionnaire of the timepoint completed within the window. */
        IN_WINDOW,
        /** None within the window, one after it (by the report's date). */
        LATE,
        /** Neither: none yet, or only one before the window opened. */
        MISSING
    }

    private Retention() {
    }

    public static Status status(FollowUp participant, FollowUpPoint point, int windowDays, LocalDate reportDate) {
        LocalDate due = participant.acceptedOn().plusDays(point.daysAfterAcceptance());
        LocalDate withdrawn = participant.withdrawnOn();
        if (withdrawn != null && withdrawn.isBefore(due) && !withdrawn.isAfter(reportDate)) {
            return Status.WITHDRAWN_BEFORE_DUE;
        }
        if (due.isAfter(reportDate)) {
            return Status.NOT_DUE;
        }
        LocalDate opens = due.minusDays(windowDays);
        LocalDate closes = due.plusDays(windowDays);
        List<LocalDate> completed = participant.completions().getOrDefault(point, List.of()).stream()
                .filter(date -> !date.isAfter(reportDate))
                .toList();
        if (completed.stream().anyMatch(date -> !date.isBefore(opens) && !date.isAfter(closes))) {
            return Status.IN_WINDOW;
        }
        if (completed.stream().anyMatch(date -> date.isAfter(closes))) {
            return Status.LATE;
        }
        return Status.MISSING;
    }
}
