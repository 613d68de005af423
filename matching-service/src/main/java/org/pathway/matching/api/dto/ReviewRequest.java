package org.pathway.matching.api.dto;

/**
 * Body of {@code POST /sites/{siteId}/activities/{id}/review}: a site admin's or link worker's
 * decision on an activity's ages and category. {@code approved} is required; the ages and the
 * category are required when it is true. Boxed so that a missing field is reported.
 */
public record ReviewRequest(Integer minAge, Integer maxAge, String category, Boolean approved) {
}
