package org.pathway.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads a topic from the beginning without joining any consumer group, so it never takes partitions away from
 * the consumers under test. Each poll waits up to {@link #POLL} for records, so the waits below poll back to back.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
    private List<TopicPartition> partitions = List.of();

    TopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = ClientLoader.with(() -> new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "pathway-testkit-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)));
    }

    /**
     * A wait on this reader: the condition runs on the calling thread, as the consumer is not thread-safe. Once
     * the topic is assigned, a poll inside the condition already waits up to {@link #POLL} for records, so
     * conditions follow each other; until then, the topic is looked for every {@link #POLL}.
     */
    ConditionFactory waiting(Duration atMost) {
        return Awaitility.await().atMost(atMost).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval((count, previous) -> partitions.isEmpty() ? POLL : Duration.ofMillis(1));
    }

    /** Everything written before this call, then whatever keeps arriving until {@code quiet} passes without a record. */
    List<ConsumerRecord<String, String>> readAll(Duration quiet) {
        if (!assignIfTopicExists()) {
            return List.of();
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        try {
            waiting(CATCH_UP).until(() -> {
                poll();
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("could not read topic " + topic + " to its end within " + CATCH_UP, e);
        }
        long[] lastArrival = {System.nanoTime()};
        waiting(CATCH_UP.plus(quiet)).until(() -> {
            if (poll() > 0) {
                lastArrival[0] = System.nanoTime();
            }
            return System.nanoTime() - lastArrival[0] >= quiet.toNanos();
        });
        return List.copyOf(records);
    }

    /** Polls once (after finding the topic, if it exists yet) and returns everything read so far. */
    List<ConsumerRecord<String, String>> pollOnce() {
        if (!partitions.isEmpty() || assignIfTopicExists()) {
            poll();
        }
        return List.copyOf(records);
    }

    private int poll() {
        int before = records.size();
        consumer.poll(POLL).forEach(records::add);
        return records.size() - before;
    }

    private boolean assignIfTopicExists() {
        List<PartitionInfo> found = consumer.partitionsFor(topic);
        if (found == null || found.isEmpty()) {
            return false;
        }
        partitions = found.stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return true;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
