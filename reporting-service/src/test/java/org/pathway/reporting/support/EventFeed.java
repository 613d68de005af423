package org.pathway.reporting.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.TestKafka;

/**
 * Publishes events as the producing services do (CloudEvents binary mode, keyed by participant) and
 * waits until the reporting service's inbox has taken every one of them.
 */
public final class EventFeed {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final DataSource dataSource;
    private final Set<UUID> sent = new LinkedHashSet<>();

    public EventFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sends the event under a new id; returns the id. */
    public UUID send(String siteId, PathwayEvent data) {
        UUID id = UUID.randomUUID();
        send(siteId, data, id);
        return id;
    }

    /** Sends the event under the given id: sending an id again is a redelivery. */
    public void send(String siteId, PathwayEvent data, UUID id) {
        EventType type = EventType.of(data.getClass());
        TestKafka.send(type.topic(), data.participantId(), EventJson.write(data), Map.of(
                CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION,
                CloudEvents.ID_HEADER, id.toString(),
                CloudEvents.TYPE_HEADER, type.type(),
                CloudEvents.SOURCE_HEADER, CloudEvents.source(siteId, service(type.topic())),
                CloudEvents.SITE_ID_HEADER, siteId,
                CloudEvents.SUBJECT_HEADER, data.participantId(),
                CloudEvents.TIME_HEADER, Instant.now().toString(),
                CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON));
        sent.add(id);
    }

    /** Waits until the inbox has recorded every event sent so far. */
    public void awaitConsumed() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (consumed() < sent.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the reporting service consumed " + consumed() + " of " + sent.size()
                        + " events within " + TIMEOUT);
            }
            sleep();
        }
    }

    private long consumed() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from inbox where consumer = 'reporting-service' and event_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", sent.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String service(String topic) {
        return switch (topic) {
            case Topics.REFERRALS -> "referral";
            case Topics.PLACEMENTS -> "matching";
            default -> "engagement";
        };
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
