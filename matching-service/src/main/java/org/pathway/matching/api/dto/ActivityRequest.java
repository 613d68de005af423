package org.pathway.matching.api.dto;

import java.util.List;

/**
 * Body of {@code POST/PUT /sites/{siteId}/activities}. Boxed types so that a missing field
 * reaches {@link ActivityValidator} as {@code null} and is reported, rather than silently
 * becoming zero.
 */
public record ActivityRequest(
        String providerId,
        String providerName,
        String name,
        String category,
        String description,
        Integer minAge,
        Integer maxAge,
        String postcode,
        Double latitude,
        Double longitude,
        List<ScheduleEntry> schedule,
        Integer capacity,
        Integer costPerSessionPence,
        List<String> accessibility,
        List<String> languages,
        Boolean active) {

    /** An activity is active unless the body says otherwise. */
    public boolean activeOrDefault() {
        return active == null || active;
    }

    public List<ScheduleEntry> scheduleOrEmpty() {
        return schedule == null ? List.of() : schedule;
    }

    public List<String> accessibilityOrEmpty() {
        return accessibility == null ? List.of() : accessibility;
    }

    /** Without a stated language an activity is taken to be offered in English. */
    public List<String> languagesOrDefault() {
        return languages == null || languages.isEmpty() ? List.of("en") : languages;
    }
}
