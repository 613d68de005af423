package org.pathway.matching.domain;

import java.util.List;
import java.util.UUID;

/**
 * An activity as the recommender sees it, with how many of its places are already taken, whether
 * its ages still await a person's review, and where it is: coordinates, or else a postcode whose
 * district centroid stands in for them.
 */
public record Candidate(
        UUID activityId,
        String name,
        String category,
        int minAge,
        int maxAge,
        boolean active,
        boolean needsReview,
        int capacity,
        int placesTaken,
        Double latitude,
        Double longitude,
        String postcode,
        List<String> accessibility,
        List<String> languages) {

    public Candidate {
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public int freePlaces() {
        return Math.max(0, capacity - placesTaken);
    }
}
