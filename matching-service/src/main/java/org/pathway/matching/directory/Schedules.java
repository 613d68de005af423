package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pathway.matching.domain.ScheduleEntry;

/**
 * Weekly sessions from HSDS 3.0 {@code schedules} (RFC 5545 parts: {@code freq}, {@code interval},
 * {@code byday}, {@code dtstart}, or a whole RRULE string) and ORUK v1 {@code regular_schedules}
 * ({@code weekday}). We only keep what is truly weekly: monthly or fortnightly patterns would
 * make attendance look worse than it is, so they are left out with a note instead.
 */
final class Schedules {

    private static final Pattern TIME =
            Pattern.compile("^([0-9]{1,2}):([0-9]{2})(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?$");
    private static final Pattern ORDINAL_DAY = Pattern.compile("^[+-]?[0-9]+[A-Za-z]{2}$");

    private Schedules() {
    }

    static List<ScheduleEntry> map(JsonNode service, List<String> notes) {
        Set<ScheduleEntry> entries = new LinkedHashSet<>();
        for (String field : List.of("schedules", "regular_schedules")) {
            List<JsonNode> schedules = Json.objects(service, field);
            for (int i = 0; i < schedules.size(); i++) {
                entries.addAll(entriesOf(schedules.get(i), field + "[" + i + "]", notes));
            }
        }
        return List.copyOf(entries);
    }

    private static List<ScheduleEntry> entriesOf(JsonNode s, String path, List<String> notes) {
        Map<String, String> rule = rule(s);
        String freq = rule.getOrDefault("FREQ", "WEEKLY");
        if (!freq.equals("WEEKLY") && !freq.equals("DAILY")) {
            notes.add(path + ": " + freq.toLowerCase(Locale.ROOT) + " schedule not imported");
            return List.of();
        }
        String interval = rule.getOrDefault("INTERVAL", "1");
        if (!isOne(interval)) {
            notes.add(path + ": schedule repeating every " + interval + " weeks not imported");
            return List.of();
        }
        Optional<List<DayOfWeek>> days = days(s, rule, freq, path, notes);
        if (days.isEmpty()) {
            return List.of();
        }
        Optional<String> start = time(Json.text(s, "opens_at"));
        Optional<String> end = time(Json.text(s, "closes_at"));
        if (start.isEmpty() || end.isEmpty()) {
            notes.add(path + ": schedule without valid opening and closing times not imported");
            return List.of();
        }
        if (start.get().compareTo(end.get()) >= 0) {
            notes.add(path + ": schedule closing before it opens not imported");
            return List.of();
        }
        return days.get().stream().map(d -> new ScheduleEntry(d.name(), start.get(), end.get())).toList();
    }

    private static boolean isOne(String interval) {
        try {
            return new BigDecimal(interval).compareTo(BigDecimal.ONE) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * RRULE parts, upper-cased. Some publishers put a whole RRULE ({@code FREQ=WEEKLY;BYDAY=WE})
     * into {@code freq} or {@code byday} instead of splitting it, or into an {@code rrule} field.
     */
    private static Map<String, String> rule(JsonNode s) {
        Map<String, String> parts = new HashMap<>();
        String whole = Stream.of("rrule", "freq", "byday").map(f -> Json.text(s, f))
                .filter(v -> v != null && v.contains("=")).findFirst().orElse(null);
        if (whole != null) {
            for (String part : whole.replaceFirst("(?i)^RRULE:", "").split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2) {
                    parts.put(kv[0].trim().toUpperCase(Locale.ROOT), kv[1].trim().toUpperCase(Locale.ROOT));
                }
            }
            return parts;
        }
        put(parts, "FREQ", Json.text(s, "freq"));
        put(parts, "INTERVAL", Json.text(s, "interval"));
        put(parts, "BYDAY", Json.text(s, "byday"));
        return parts;
    }

    private static void put(Map<String, String> parts, String key, String value) {
        if (value != null) {
            parts.put(key, value.toUpperCase(Locale.ROOT));
        }
    }

    private static Optional<List<DayOfWeek>> days(JsonNode s, Map<String, String> rule, String freq, String path,
            List<String> notes) {
        String weekday = Json.text(s, "weekday");
        String byday = weekday != null ? weekday : rule.get("BYDAY");
        if (byday != null) {
            List<String> tokens = Arrays.stream(byday.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            if (tokens.stream().anyMatch(t -> ORDINAL_DAY.matcher(t).matches())) {
                notes.add(path + ": monthly day pattern not imported");
                return Optional.empty();
            }
            List<DayOfWeek> days = new ArrayList<>();
            for (String token : tokens) {
                Optional<DayOfWeek> day = Days.parse(token);
                if (day.isEmpty()) {
                    notes.add(path + ": day not recognised, schedule not imported");
                    return Optional.empty();
                }
                days.add(day.get());
            }
            if (!days.isEmpty()) {
                return Optional.of(days);
            }
        }
        if (freq.equals("DAILY")) {
            return Optional.of(List.of(DayOfWeek.values()));
        }
        Optional<DayOfWeek> fromStart = startDay(Json.text(s, "dtstart"));
        if (fromStart.isPresent()) {
            return Optional.of(List.of(fromStart.get()));
        }
        notes.add(path + ": schedule without a day not imported");
        return Optional.empty();
    }

    private static Optional<DayOfWeek> startDay(String dtstart) {
        if (dtstart == null || dtstart.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(dtstart.substring(0, 10)).getDayOfWeek());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code "10:00:00"}, {@code "9:30"}, {@code "18:00Z"} → {@code HH:mm}. A zone suffix is
     * ignored: a session time is read by young people as UK clock time, so that is what we keep.
     */
    static Optional<String> time(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        if (hours > 23 || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%02d:%02d", hours, minutes));
    }
}
