package org.pathway.matching.domain;

/**
 * A site admin's or link worker's decision on an activity: approved with the ages and category
 * they checked, after which it may be recommended; or not approved, after which it never is
 * (it stays inactive, also when its directory is imported again). The ages and category are
 * null when not approved.
 */
public record ActivityReview(boolean approved, Integer minAge, Integer maxAge, String category) {
}
