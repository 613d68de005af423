package org.pathway.chassis.outbox;

import io.opentelemetry.api.trace.Span;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.tracing.EventTracing;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** One relay pass over one schema's outbox: read unsent rows in order, send, mark acknowledged ones. */
final class OutboxPublisher {

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final EventTracing tracing;

    OutboxPublisher(DataSource dataSource, Producer<String, String> producer, int batchSize, EventTracing tracing) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.tracing = tracing;
    }

    /**
     * Publishes until the schema's outbox has no unsent rows; a send failure ends the pass. Only
     * one relay at a time publishes a schema (a PostgreSQL advisory lock, released when the pass
     * ends or its connection dies), so running several replicas of a service neither publishes an
     * event twice nor reorders a participant's events; the others find the lock taken and skip.
     */
    void drain(String schema) {
        try (Connection lock = dataSource.getConnection()) {
            if (!lock(lock, "pg_try_advisory_lock", schema)) {
                return;
            }
            try {
                drainHoldingLock(lock, schema);
            } finally {
                lock(lock, "pg_advisory_unlock", schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the outbox relay lock", e);
        }
    }

    /** The advisory lock that makes one relay the publisher of a schema's outbox. */
    static String lockName(String schema) {
        return "pathway.outbox." + schema;
    }

    private static boolean lock(Connection c, String function, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + function + "(hashtext(?))")) {
            ps.setString(1, lockName(schema));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Reads and marks on the lock's own connection (autocommit): one connection from the pool per pass. */
    private void drainHoldingLock(Connection c, String schema) {
        List<Row> batch;
        do {
            batch = unsent(c, schema);
            List<Long> acknowledged = send(batch);
            markSent(c, schema, acknowledged);
            if (acknowledged.size() < batch.size()) {
                throw new IllegalStateException("Broker did not acknowledge every event");
            }
        } while (batch.size() == batchSize);
    }

    /**
     * Hands the rows to the producer in order and returns the ids the broker acknowledged. A row the
     * producer refuses at once (no metadata for its topic while the broker is away) ends the hand-over:
     * a later row must not be written before it. Every acknowledged row counts, not only those before a
     * failure: one that is on the topic and sent again by a later pass would be published twice.
     */
    private List<Long> send(List<Row> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        for (Row row : batch) {
            // The publish joins the trace of the request (or consume) that wrote the row; the record carries the publish.
            Span span = tracing.startPublish(row.topic(), row.eventId(), row.type(), row.traceparent());
            spans.add(span);
            Future<RecordMetadata> sent = producer.send(row.toRecord(tracing.traceparent(span)));
            sends.add(sent);
            if (sent.isDone() && !acknowledged(sent)) {
                break;
            }
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            if (acknowledged(sends.get(i))) {
                acknowledged.add(batch.get(i).id());
            } else {
                EventTracing.failed(spans.get(i), new IllegalStateException("not acknowledged"));
            }
            spans.get(i).end();
        }
        return acknowledged;
    }

    private static boolean acknowledged(Future<RecordMetadata> send) {
        try {
            send.get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<Row> unsent(Connection c, String schema) {
        String sql = "select id, event_id, topic, event_type, site_id, source, participant_id, occurred_at, payload, traceparent"
                + " from " + quote(schema) + ".outbox where sent_at is null order by id limit ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8),
                            rs.getString(9), rs.getString(10)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read outbox", e);
        }
    }

    private void markSent(Connection c, String schema, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "update " + quote(schema) + ".outbox set sent_at = now() where id = any(?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark outbox rows sent", e);
        }
    }

    private static String quote(String schema) {
        return '"' + schema.replace("\"", "") + '"';
    }

    private record Row(long id, String eventId, String topic, String type, String siteId, String source,
                       String participantId, Timestamp occurredAt, String payload, String traceparent) {

        ProducerRecord<String, String> toRecord(String publishTraceparent) {
            RecordHeaders headers = new RecordHeaders();
            header(headers, CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION);
            header(headers, CloudEvents.ID_HEADER, eventId);
            header(headers, CloudEvents.SOURCE_HEADER, source);
            header(headers, CloudEvents.TYPE_HEADER, type);
            header(headers, CloudEvents.SUBJECT_HEADER, participantId);
            header(headers, CloudEvents.TIME_HEADER, occurredAt.toInstant().toString());
            header(headers, CloudEvents.SITE_ID_HEADER, siteId);
            header(headers, CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON);
            if (publishTraceparent != null) {
                header(headers, EventTracing.TRACEPARENT, publishTraceparent);
            }
            return new ProducerRecord<>(topic, null, participantId, payload, headers);
        }

        private static void header(RecordHeaders headers, String name, String value) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
