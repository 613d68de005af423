package org.pathway.matching.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Recommendations for one participant: the database narrows the catalogue to bookable
 * activities for the participant's age, and {@link Recommender} applies every rule and scores.
 */
@ApplicationScoped
public class RecommendationFinder {

    private final ActivityStore activities;
    private final Recommender recommender;

    public RecommendationFinder(ActivityStore activities, Recommender recommender) {
        this.activities = activities;
        this.recommender = recommender;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> forParticipant(String participantId, int limit) {
        Participant participant = Participant.requireActive(participantId);
        return recommender.recommend(participant.profile(), activities.candidatesFor(participant.age), limit);
    }
}
