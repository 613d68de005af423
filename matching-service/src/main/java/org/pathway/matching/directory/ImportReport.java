package org.pathway.matching.directory;

import java.util.List;

/**
 * What an import did: activities created, updated and found unchanged, how many of those wait for
 * a person's review, services out of scope, entries refused.
 */
public record ImportReport(int created, int updated, int unchanged, int needsReview, int skipped,
                           List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
