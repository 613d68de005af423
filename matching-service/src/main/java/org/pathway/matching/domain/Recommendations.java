package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.Panache;
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

    // A projection straight into candidates: thousands of rows are read per request and none is
    // changed, so managed entities (and their dirty-checking snapshots) would be wasted work.
    private static final String CANDIDATES = """
            select new org.pathway.matching.domain.Candidate(a.id, a.name, a.category, a.minAge, a.maxAge, a.active,
                a.capacity, a.placesTaken, a.latitude, a.longitude, a.accessibility, a.languages)
            from Activity a
            where a.active = true and a.placesTaken < a.capacity and a.minAge <= :age and a.maxAge >= :age""";

    private final Recommender recommender;

    public Recommendations(Recommender recommender) {
        this.recommender = recommender;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> forParticipant(String participantId, int limit) {
        Participant participant = Participants.requireActive(participantId);
        List<Candidate> candidates = Panache.getEntityManager().createQuery(CANDIDATES, Candidate.class)
                .setParameter("age", participant.age)
                .getResultList();
        return recommender.recommend(participant.profile(), candidates, limit);
    }
}
