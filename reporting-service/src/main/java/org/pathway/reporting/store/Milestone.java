package org.pathway.reporting.store;

/**
 * A participant's stage on the pathway, stored as the earliest time it was reached, so that
 * redelivered, replayed or reordered events leave the same value.
 */
enum Milestone {
    ACCEPTED("accepted_at"),
    DECLINED("declined_at"),
    CONTACTED("contacted_at"),
    PLACED("placed_at"),
    CONNECTED("connected_at"),
    ENGAGED("engaged_at"),
    SUSTAINED("sustained_at"),
    WITHDRAWN("withdrawn_at"),
    CLOSED("closed_at");

    private final String column;

    Milestone(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
