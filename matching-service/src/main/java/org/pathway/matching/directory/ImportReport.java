package org.pathway.matching.directory;

import java.util.List;

/** What an import did: activities created and updated, services out of scope, entries refused. */
public record ImportReport(int created, int updated, int skipped, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
