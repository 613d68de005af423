package org.pathway.matching.directory;

import java.util.List;

/**
 * The result of mapping one directory page: activities ready to create or update, entries
 * rejected with a reason, and the well-formed entries left out, each with why ({@code skips}:
 * services only for people over 25, services that are no community activity).
 */
public record ImportBatch(List<ImportedActivity> activities, List<ImportError> errors, List<ImportError> skips) {

    public ImportBatch {
        activities = List.copyOf(activities);
        errors = List.copyOf(errors);
        skips = List.copyOf(skips);
    }

    public int skipped() {
        return skips.size();
    }
}
