package org.pathway.matching.domain;

import java.util.List;
import java.util.UUID;

/**
 * One recommended activity: its score and the reasons, in words a link worker can read out
 * ("interest: art", "within 2.1 km").
 */
public record Recommendation(UUID activityId, String name, double score, List<String> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
