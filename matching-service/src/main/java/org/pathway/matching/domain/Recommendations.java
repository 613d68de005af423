package org.pathway.matching.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pathway.matching.api.dto.Recommendation;

/**
 * Recommendations for one participant: the database narrows the catalogue to bookable
 * activities for the participant's age, and {@link Recommender} applies every rule and scores.
 */
@ApplicationScoped
public class Recommendations {

    private final Recommender recommender;

    public Recommendations(Recommender recommender) {
        this.recommender = recommender;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> forParticipant(String participantId, int limit) {
        Participant participant = Participants.requireActive(participantId);
        List<Candidate> candidates = Activity.<Activity>list(
                        "active = true and placesTaken < capacity and minAge <= ?1 and maxAge >= ?1", participant.age)
                .stream().map(Activity::candidate).toList();
        return recommender.recommend(participant.profile(), candidates, limit);
    }
}
