package org.pathway.matching.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * One weekly session: {@code day} is a {@link java.time.DayOfWeek} name ({@code SATURDAY}),
 * {@code start}/{@code end} are local times {@code HH:mm}.
 */
public record ScheduleEntry(
        @NotBlank(message = "is required")
        @Pattern(regexp = DAY_NAME, message = "must be a day name such as MONDAY")
        String day,
        @NotBlank(message = "is required") @Pattern(regexp = TIME, message = "must be a time HH:mm") String start,
        @NotBlank(message = "is required") @Pattern(regexp = TIME, message = "must be a time HH:mm") String end) {

    static final String DAY_NAME = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
