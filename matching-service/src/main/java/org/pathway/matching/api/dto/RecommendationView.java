package org.pathway.matching.api.dto;

import java.util.List;
import java.util.UUID;
import org.pathway.matching.domain.Recommendation;

/** One entry of {@code GET .../recommendations}: the activity, its score and the reasons. */
public record RecommendationView(UUID activityId, String name, double score, List<String> reasons) {

    public static RecommendationView of(Recommendation r) {
        return new RecommendationView(r.activityId(), r.name(), r.score(), r.reasons());
    }
}
