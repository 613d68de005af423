package org.pathway.matching.api.dto;

import java.util.List;
import java.util.UUID;

/**
 * One entry of {@code GET .../recommendations}: the activity, its score and the reasons, in
 * words a link worker can read out ("interest: art", "within 2.1 km").
 */
public record Recommendation(UUID activityId, String name, double score, List<String> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
