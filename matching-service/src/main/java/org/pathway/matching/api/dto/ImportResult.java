package org.pathway.matching.api.dto;

import java.util.List;
import org.pathway.matching.directory.ImportError;
import org.pathway.matching.directory.ImportReport;

/**
 * Response of {@code POST /sites/{siteId}/activities/import}; each error is a directory entry that
 * could not be imported, each skip a well-formed service left out (over 25 only, or no community
 * activity): its position in the page, its directory id and why.
 */
public record ImportResult(int created, int updated, int unchanged, int needsReview, int skipped,
                           List<ImportError> skips, List<ImportError> errors) {

    public ImportResult {
        skips = List.copyOf(skips);
        errors = List.copyOf(errors);
    }

    public static ImportResult of(ImportReport report) {
        return new ImportResult(report.created(), report.updated(), report.unchanged(), report.needsReview(),
                report.skipped(), report.skips(), report.errors());
    }
}
