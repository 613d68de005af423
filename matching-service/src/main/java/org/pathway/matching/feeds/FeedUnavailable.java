package org.pathway.matching.feeds;

/**
 * A feed page could not be had (unreachable, refused, not JSON, not Open Referral): the sync stops
 * before changing anything and its report says why. The message names the page and the cause; it
 * never holds page content.
 */
public class FeedUnavailable extends RuntimeException {

    public FeedUnavailable(String reason) {
        super(reason, null, false, false);
    }
}
