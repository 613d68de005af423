package org.pathway.matching.domain;

import java.util.List;

/**
 * What an activity offers, as a provider posted it or a directory described it: checked, with
 * every default applied, ready to be saved.
 */
public record ActivityDetails(
        String providerId,
        String providerName,
        String name,
        String category,
        String description,
        int minAge,
        int maxAge,
        String postcode,
        Double latitude,
        Double longitude,
        List<ScheduleEntry> schedule,
        int capacity,
        int costPerSessionPence,
        List<String> accessibility,
        List<String> languages,
        boolean active) {

    public ActivityDetails {
        schedule = List.copyOf(schedule);
        accessibility = List.copyOf(accessibility);
        languages = List.copyOf(languages);
    }

    public ActivityDetails withCapacity(int newCapacity) {
        return new ActivityDetails(providerId, providerName, name, category, description, minAge, maxAge, postcode,
                latitude, longitude, schedule, newCapacity, costPerSessionPence, accessibility, languages, active);
    }

    public ActivityDetails withAgesAndCategory(int newMinAge, int newMaxAge, String newCategory, boolean nowActive) {
        return new ActivityDetails(providerId, providerName, name, newCategory, description, newMinAge, newMaxAge,
                postcode, latitude, longitude, schedule, capacity, costPerSessionPence, accessibility, languages,
                nowActive);
    }
}
