package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pathway.chassis.events.AttendanceStatus;

/** Derives a participant's {@link EngagementStatus} from their sessions; pure, no clock of its own. */
public final class EngagementRules {

    private EngagementRules() {
    }

    /**
     * @param sessions    every session of the participant, any order; sessions on the same day keep
     *                    the order given (record order)
     * @param placed      whether the participant currently holds a confirmed placement
     * @param placedSince start of the current placement; may be null when not placed
     * @return empty while the participant is not yet connected
     */
    public static Optional<EngagementStatus> evaluate(List<SessionRecord> sessions, boolean placed,
                                                      LocalDate placedSince, LocalDate today,
                                                      EngagementThresholds thresholds) {
        List<SessionRecord> counted = sessions.stream()
                .filter(s -> s.status() != AttendanceStatus.CANCELLED)
                .sorted(Comparator.comparing(SessionRecord::sessionDate))
                .toList();

        if (endsWithMissStreak(counted, thresholds.consecutiveMissesToDisengage())) {
            return Optional.of(EngagementStatus.DISENGAGED);
        }
        EngagementSummary summary = EngagementSummary.of(counted);
        if (placed && tooLongWithoutAttendance(summary.lastAttendedOn(), placedSince, today, thresholds)) {
            return Optional.of(EngagementStatus.DISENGAGED);
        }
        return byAttendance(summary.attended(), thresholds);
    }

    private static boolean endsWithMissStreak(List<SessionRecord> counted, int streak) {
        if (counted.size() < streak) {
            return false;
        }
        return counted.subList(counted.size() - streak, counted.size()).stream()
                .allMatch(s -> s.status() == AttendanceStatus.MISSED);
    }

    /**
     * The clock starts at the later of the last attendance and the start of the current placement:
     * someone who attended under an earlier placement and was just placed again has not been
     * "28 days without attendance while placed".
     */
    private static boolean tooLongWithoutAttendance(LocalDate lastAttendedOn, LocalDate placedSince,
                                                    LocalDate today, EngagementThresholds thresholds) {
        LocalDate since = later(lastAttendedOn, placedSince);
        if (since == null) {
            return false;
        }
        return ChronoUnit.DAYS.between(since, today) >= thresholds.daysWithoutAttendanceToDisengage();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static Optional<EngagementStatus> byAttendance(int attended, EngagementThresholds thresholds) {
        if (attended >= thresholds.sustainedAfter()) {
            return Optional.of(EngagementStatus.SUSTAINED);
        }
        if (attended >= thresholds.engagedAfter()) {
            return Optional.of(EngagementStatus.ENGAGED);
        }
        if (attended >= thresholds.connectedAfter()) {
            return Optional.of(EngagementStatus.CONNECTED);
        }
        return Optional.empty();
    }
}
