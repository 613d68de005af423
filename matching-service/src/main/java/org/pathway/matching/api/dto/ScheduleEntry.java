package org.pathway.matching.api.dto;

/**
 * One weekly session: {@code day} is a {@link java.time.DayOfWeek} name ({@code SATURDAY}),
 * {@code start}/{@code end} are local times {@code HH:mm}.
 */
public record ScheduleEntry(String day, String start, String end) {
}
