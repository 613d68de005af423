package org.pathway.matching.directory;

import java.util.List;

/**
 * The result of mapping one directory page: activities ready to create or update, entries
 * rejected with a reason, and how many well-formed entries were left out as out of scope
 * (services only for people over 25).
 */
public record ImportBatch(List<ImportedActivity> activities, List<ImportError> errors, int skipped) {

    public ImportBatch {
        activities = List.copyOf(activities);
        errors = List.copyOf(errors);
    }
}
