package org.pathway.referral.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.metrics.SiteCounters;

/**
 * {@code pathway.referrer.messages} (counter, tags {@code site}, {@code state}): each delivery attempt of a message back
 * to a referrer, by where it left the message: {@code delivered}, {@code retrying} (rescheduled with back-off) or
 * {@code dead} (given up, or its organisation no longer registered).
 */
@ApplicationScoped
public class MessageOutcomes {

    static final String NAME = "pathway.referrer.messages";

    private final SiteCounters counters;

    public MessageOutcomes(SiteCounters counters) {
        this.counters = counters;
    }

    public void attempted(String siteId, String state) {
        counters.incrementFor(siteId, NAME, "Delivery attempts of messages back to referrers, by the state they left", "state", state);
    }
}
