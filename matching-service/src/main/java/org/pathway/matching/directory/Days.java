package org.pathway.matching.directory;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/**
 * Day names as directories write them: RRULE codes (MO), names or their abbreviations
 * (Monday, Mon, Tues) or ISO numbers (1 = Monday).
 */
final class Days {

    private Days() {
    }

    static Optional<DayOfWeek> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String t = token.trim().toUpperCase(Locale.ROOT);
        if (t.matches("[1-7]")) {
            return Optional.of(DayOfWeek.of(Integer.parseInt(t)));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name();
            if (t.equals(name) || (t.length() >= 2 && name.startsWith(t))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
