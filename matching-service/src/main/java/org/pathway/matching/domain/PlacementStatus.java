package org.pathway.matching.domain;

public enum PlacementStatus {
    CONFIRMED,
    ENDED
}
