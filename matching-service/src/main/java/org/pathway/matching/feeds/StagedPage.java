package org.pathway.matching.feeds;

import java.util.List;
import org.pathway.matching.directory.ImportBatch;
import org.pathway.matching.directory.ImportedActivity;

/**
 * One feed page, fetched and read, not yet saved. {@code batch} is null for a page the server
 * answered {@code 304 Not Modified}: {@code validators} then say what it held. {@code offset}: how
 * many entries came before it in the feed, so errors can name an entry's place in the whole feed.
 */
record StagedPage(int number, String uri, int offset, ImportBatch batch, PageValidators validators) {

    boolean notModified() {
        return batch == null;
    }

    /** The directory ids of the services the page brings into the catalogue. */
    List<String> importedIds() {
        return notModified() ? validators.ids()
                : batch.activities().stream().map(ImportedActivity::externalId).toList();
    }
}
