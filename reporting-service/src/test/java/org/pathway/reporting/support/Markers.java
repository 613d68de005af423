package org.pathway.reporting.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.events.PlacementProposed;
import org.pathway.chassis.events.ReferralReceived;

/**
 * One fresh event per topic, sent after records whose effect cannot be observed (redeliveries the
 * inbox drops): each topic has one partition, so once a marker is consumed, so is everything sent
 * before it on that topic. The marker participant is referred in 2000, outside every test's period.
 */
public final class Markers {

    private Markers() {
    }

    public static void send(EventFeed feed, String siteId) {
        String participantId = "P-MK" + String.format("%014d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000_000_000L));
        feed.send(siteId, new ReferralReceived(participantId, UUID.randomUUID(), LocalDate.parse("2000-01-03"), null,
                14, "female", "A", "N1", null, List.of("anxiety"), "moderate", "en", "RWX"));
        feed.send(siteId, new PlacementProposed(participantId, UUID.randomUUID(), UUID.randomUUID(), "green-gym",
                "nature", 100, Instant.parse("2000-01-10T10:00:00Z")));
        feed.send(siteId, new LinkWorkerSessionRecorded(participantId, UUID.randomUUID(),
                LocalDate.parse("2000-01-10"), 10, "phone"));
        feed.awaitConsumed();
    }
}
