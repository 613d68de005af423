package org.pathway.matching.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pathway.matching.domain.Activity;
import org.pathway.matching.domain.ScheduleEntry;

/**
 * An activity as the API answers it: the request's fields plus id, places and directory id, and
 * for imported activities whether its ages await a review, the evidence for its ages and category
 * (the directory's limits, a phrase of its text, a taxonomy term or keywords), and the review
 * (status {@code approved} / {@code rejected}, time).
 */
public record ActivityView(
        UUID id,
        String externalId,
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
        int placesTaken,
        int placesLeft,
        int costPerSessionPence,
        List<String> accessibility,
        List<String> languages,
        boolean active,
        boolean needsReview,
        String ageEvidence,
        String categoryEvidence,
        String review,
        Instant reviewedAt,
        Instant updatedAt) {

    public static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.externalId, a.providerId, a.providerName, a.name, a.category, a.description,
                a.minAge, a.maxAge, a.postcode, a.latitude, a.longitude, a.schedule, a.capacity, a.placesTaken,
                a.freePlaces(), a.costPerSessionPence, a.accessibility, a.languages, a.active, a.needsReview,
                a.ageEvidence, a.categoryEvidence,
                a.reviewStatus == null ? null : a.reviewStatus.name().toLowerCase(Locale.ROOT), a.reviewedAt,
                a.updatedAt);
    }
}
