package org.pathway.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The test-side view of the broker started by {@link PathwayInfrastructure}: stop and restart it, read topics and
 * write records. It reaches the broker through a JDK-typed handle in the system properties, so it works from any
 * class loader.
 */
public final class TestKafka {

    private static final Duration QUIET = Duration.ofMillis(500);
    private static final long SEND_TIMEOUT_SECONDS = 15;

    private TestKafka() {
    }

    /** Shuts the broker down; clients see connection failures until {@link #start()}. */
    public static void stop() {
        SharedState.control().apply(SharedState.KAFKA_STOP);
    }

    /** Starts the broker again on the same address and data, returning once it accepts clients. */
    public static void start() {
        SharedState.control().apply(SharedState.KAFKA_START);
    }

    public static String bootstrapServers() {
        return SharedState.control().apply(SharedState.KAFKA_BOOTSTRAP);
    }

    /** Every record on the topic from the beginning, read until no new record arrives for about 500 ms. */
    public static List<ConsumerRecord<String, String>> records(String topic) {
        try (TopicReader reader = new TopicReader(bootstrapServers(), topic)) {
            return reader.readAll(QUIET);
        }
    }

    /** Reads the topic from the beginning until {@code until} holds for everything read so far. */
    public static List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
        try (TopicReader reader = new TopicReader(bootstrapServers(), topic)) {
            AtomicInteger read = new AtomicInteger();
            try {
                return reader.waiting(timeout).until(() -> {
                    List<ConsumerRecord<String, String>> records = reader.pollOnce();
                    read.set(records.size());
                    return records;
                }, until);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("records on topic " + topic + " did not satisfy the condition within "
                        + timeout + " (" + read.get() + " records read)", e);
            }
        }
    }

    /** Writes one record with {@code acks=all} and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        KafkaProducer<String, String> producer = ClientLoader.with(() -> new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        try {
            producer.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send to " + topic + " was not acknowledged", e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        } finally {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
