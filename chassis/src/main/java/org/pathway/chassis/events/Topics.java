package org.pathway.chassis.events;

/** The Kafka topics, one per producing service. */
public final class Topics {

    public static final String REFERRALS = "pathway.referrals.v1";
    public static final String PLACEMENTS = "pathway.placements.v1";
    public static final String ENGAGEMENT = "pathway.engagement.v1";

    private Topics() {
    }
}
