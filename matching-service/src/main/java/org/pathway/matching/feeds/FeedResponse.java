package org.pathway.matching.feeds;

/** What the feed's server answered for one page. */
sealed interface FeedResponse {

    /** The page's bytes and the validators the server gave for it (null when none). */
    record Page(byte[] body, String etag, String lastModified) implements FeedResponse {
    }

    /** {@code 304 Not Modified}: the page is as the last completed sync saw it. */
    record NotModified() implements FeedResponse {
    }
}
