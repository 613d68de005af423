package org.pathway.workspace.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** engagement-service's answers, as far as the pages read them. */
public final class Engagement {

    private Engagement() {
    }

    public record Status(String status, int sessionsAttended, int sessionsMissed, int sessionsCancelled,
                         LocalDate lastAttendedOn, int linkWorkerSessions, int linkWorkerMinutes) {
    }

    /** A recorded questionnaire with the scores the service computed. */
    public record Measure(String instrument, String timepoint, List<Integer> items, Map<String, Double> scores) {
    }

    /** A questionnaire recorded earlier, as engagement-service reads it back (scores, not answers). */
    public record Recorded(String participantId, String instrument, String timepoint, LocalDate completedAt,
                           Map<String, Double> scores) {
    }

    public record Credentials(String providerId, String secret) {
    }
}
