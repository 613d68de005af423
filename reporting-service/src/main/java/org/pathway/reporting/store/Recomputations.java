package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The maintained rows a batch of events made stale: participant totals and outcome rows, each
 * recomputed once at the end of the batch's transaction from the participant's facts as they then
 * stand, however many of the batch's events touched them. (A recomputation reads all the
 * participant's rows, so doing it once after the batch gives what doing it after every event gives.)
 */
final class Recomputations {

    private final Set<ParticipantKey> activity = new LinkedHashSet<>();
    private final Set<ParticipantKey> linkWorker = new LinkedHashSet<>();
    private final Set<ParticipantKey> outcomes = new LinkedHashSet<>();

    /** Their sessions or placement date changed. */
    void activity(ParticipantKey participant) {
        activity.add(participant);
    }

    /** Their link-worker sessions changed. */
    void linkWorker(ParticipantKey participant) {
        linkWorker.add(participant);
    }

    /** Their outcome scores changed. */
    void outcomes(ParticipantKey participant) {
        outcomes.add(participant);
    }

    void apply(Connection connection) throws SQLException {
        for (ParticipantKey key : activity) {
            ParticipantStore.recomputeActivity(connection, key);
        }
        for (ParticipantKey key : linkWorker) {
            ParticipantStore.recomputeLinkWorker(connection, key);
        }
        for (ParticipantKey key : outcomes) {
            ParticipantOutcomeStore.recompute(connection, key);
        }
    }
}
