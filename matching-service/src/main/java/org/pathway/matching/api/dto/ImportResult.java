package org.pathway.matching.api.dto;

import java.util.List;
import org.pathway.matching.directory.ImportError;

/** Response of {@code POST /sites/{siteId}/activities/import}. */
public record ImportResult(int created, int updated, int skipped, List<ItemError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** A directory entry that was not imported: its position in the page, its directory id and why. */
    public record ItemError(int index, String id, String reason) {

        public static ItemError from(ImportError error) {
            return new ItemError(error.index(), error.id(), error.reason());
        }
    }
}
