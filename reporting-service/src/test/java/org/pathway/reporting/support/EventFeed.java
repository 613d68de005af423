package org.pathway.reporting.support;

import static org.awaitility.Awaitility.await;

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
        publish(siteId, data, id);
        sent.add(id);
    }

    /**
     * Sends the event without waiting for it to be consumed: for an event the store refuses, which leaves
     * no inbox row to wait for.
     */
    public static void publish(String siteId, PathwayEvent data, UUID id) {
        TestKafka.send(EventType.of(data.getClass()).topic(), data.participantId(), EventJson.write(data),
                headers(siteId, data, id));
    }

    /** The CloudEvents headers a producing service sends the event with. */
    public static Map<String, String> headers(String siteId, PathwayEvent data, UUID id) {
        EventType type = EventType.of(data.getClass());
        return Map.of(
                CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION,
                CloudEvents.ID_HEADER, id.toString(),
                CloudEvents.TYPE_HEADER, type.type(),
                CloudEvents.SOURCE_HEADER, CloudEvents.source(siteId, service(type.topic())),
                CloudEvents.SITE_ID_HEADER, siteId,
                CloudEvents.SUBJECT_HEADER, data.participantId(),
                CloudEvents.TIME_HEADER, Instant.now().toString(),
                CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON);
    }

    /** Waits until the inbox has recorded every event sent so far. */
    public void awaitConsumed() {
        await("the reporting service consuming the " + sent.size() + " events sent")
                .atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(this::consumed, consumed -> consumed == sent.size());
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
}
