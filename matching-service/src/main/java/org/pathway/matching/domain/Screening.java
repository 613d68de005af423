package org.pathway.matching.domain;

/**
 * What an import read about a directory service beyond its details: whether a person must review
 * its ages before it may be recommended, and the evidence for its ages and its category (the
 * phrase or taxonomy term each came from), shown to the reviewer.
 */
public record Screening(boolean needsReview, String ageEvidence, String categoryEvidence) {
}
