package org.pathway.matching.directory;

import java.util.List;
import org.pathway.matching.api.dto.ActivityRequest;

/** What became of one directory entry. */
sealed interface MappingOutcome {

    /**
     * The service as the request a provider would have posted, with every default or correction noted;
     * {@code needsReview} when it must not be recommended until a person has looked at it.
     */
    record Mapped(ActivityRequest request, boolean needsReview, List<String> notes) implements MappingOutcome {
    }

    record Rejected(String reason) implements MappingOutcome {
    }

    /** Well-formed but not for young people (e.g. adults only). */
    record Skipped(String reason) implements MappingOutcome {
    }
}
