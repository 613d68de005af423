package org.pathway.matching.feeds;

import java.util.List;

/**
 * Every page of a feed, fetched and read before anything is saved, so a feed that fails part-way
 * changes nothing. {@code capped}: the page cap was reached with the feed still going, so the sync
 * cannot know which services are gone and retires none.
 */
record StagedFeed(List<StagedPage> pages, boolean capped) {

    StagedFeed {
        pages = List.copyOf(pages);
    }
}
