package org.pathway.matching.feeds;

import java.net.URI;

/** What the feed's server answered for one page. */
sealed interface FeedResponse {

    /** The page's bytes and the validators the server gave for it (null when none). */
    record Page(byte[] body, String etag, String lastModified) implements FeedResponse {
    }

    /** {@code 304 Not Modified}: the page is as the last completed sync saw it. */
    record NotModified() implements FeedResponse {
    }

    /** A redirect ({@code 301}, {@code 302}, {@code 303}, {@code 307}, {@code 308}): followed by {@link FeedClient}. */
    record Redirect(URI location) implements FeedResponse {
    }
}
