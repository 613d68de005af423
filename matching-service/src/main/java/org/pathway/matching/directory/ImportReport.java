package org.pathway.matching.directory;

import java.util.List;

/**
 * What an import did: activities created, updated and found unchanged, how many of those wait for
 * a person's review, entries refused ({@code errors}) and services left out ({@code skips}: over 25
 * only, or no community activity), each with its place in the page, its directory id and why.
 */
public record ImportReport(int created, int updated, int unchanged, int needsReview, List<ImportError> skips,
                           List<ImportError> errors) {

    public ImportReport {
        skips = List.copyOf(skips);
        errors = List.copyOf(errors);
    }

    public int skipped() {
        return skips.size();
    }
}
