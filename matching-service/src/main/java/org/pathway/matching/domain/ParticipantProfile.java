package org.pathway.matching.domain;

import java.util.List;

/**
 * What the recommender knows about a young person: pseudonym, age, interests, postcode
 * district (never the full postcode), accessibility needs and language preference
 * ({@code en}, {@code cy}, ...).
 */
public record ParticipantProfile(
        String participantId,
        int age,
        List<String> interests,
        String postcodeDistrict,
        List<String> accessibilityNeeds,
        String languagePreference) {

    public ParticipantProfile {
        interests = interests == null ? List.of() : List.copyOf(interests);
        accessibilityNeeds = accessibilityNeeds == null ? List.of() : List.copyOf(accessibilityNeeds);
    }
}
