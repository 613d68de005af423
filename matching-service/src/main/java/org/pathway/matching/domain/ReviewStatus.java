package org.pathway.matching.domain;

/** The outcome of a person's review of an activity's ages and category. */
public enum ReviewStatus {
    APPROVED,
    REJECTED
}
