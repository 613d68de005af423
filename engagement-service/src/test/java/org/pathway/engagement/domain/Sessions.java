package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.chassis.events.AttendanceStatus;

/** Test notation: "A M C" = attended, missed, cancelled sessions one week apart from {@link #START}. */
final class Sessions {

    static final LocalDate START = LocalDate.of(2026, 9, 1);

    private Sessions() {
    }

    static List<SessionRecord> weekly(String pattern) {
        List<SessionRecord> sessions = new ArrayList<>();
        if (pattern == null || pattern.isBlank()) {
            return sessions;
        }
        String[] codes = pattern.trim().split("\\s+");
        for (int week = 0; week < codes.length; week++) {
            sessions.add(new SessionRecord(START.plusWeeks(week), status(codes[week])));
        }
        return sessions;
    }

    static LocalDate day(Integer offset) {
        return offset == null ? null : START.plusDays(offset);
    }

    private static AttendanceStatus status(String code) {
        return switch (code) {
            case "A" -> AttendanceStatus.ATTENDED;
            case "M" -> AttendanceStatus.MISSED;
            case "C" -> AttendanceStatus.CANCELLED;
            default -> throw new IllegalArgumentException("unknown session code " + code);
        };
    }
}
