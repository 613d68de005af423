package org.pathway.matching.directory;

import java.util.List;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.domain.Screening;

/** What became of one directory entry. */
sealed interface MappingOutcome {

    /**
     * The service as the request a provider would have posted, what was read about its ages and
     * category, and every default or correction noted.
     */
    record Mapped(ActivityRequest request, Screening screening, List<String> notes) implements MappingOutcome {
    }

    record Rejected(String reason) implements MappingOutcome {
    }

    /** Well-formed but not for young people (e.g. adults only). */
    record Skipped(String reason) implements MappingOutcome {
    }
}
