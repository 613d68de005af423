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

/**
 * Reads a topic from the beginning without joining any consumer group, so it never takes partitions away from
 * the consumers under test.
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

    /** Everything written before this call, then whatever keeps arriving until {@code quiet} passes without a record. */
    List<ConsumerRecord<String, String>> readAll(Duration quiet) {
        if (!assignIfTopicExists()) {
            return List.of();
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read topic " + topic + " to its end within " + CATCH_UP);
            }
            poll();
        }
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quiet.toNanos()) {
            if (poll() > 0) {
                quietSince = System.nanoTime();
            }
        }
        return List.copyOf(records);
    }

    /** Polls once (after finding the topic, if it exists yet) and returns everything read so far. */
    List<ConsumerRecord<String, String>> pollOnce() {
        if (partitions.isEmpty() && !assignIfTopicExists()) {
            sleep(POLL);
            return List.copyOf(records);
        }
        poll();
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a topic", e);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
