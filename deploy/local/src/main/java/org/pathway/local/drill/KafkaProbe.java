package org.pathway.local.drill;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pathway.chassis.events.Topics;

/**
 * The broker as the drills see it, through Kafka's own clients: the services' consumer groups (what each consumes,
 * as their {@code application.properties} say), their lag, resetting their offsets, writing raw records and reading
 * the dead-letter topics. A fresh client per call: the broker may have been restarted in between.
 */
public final class KafkaProbe {

    /** Each consuming service's group (= its name) and the topics it consumes (its application.properties). */
    static final Map<String, List<String>> CONSUMERS = consumers();

    private final String bootstrap;

    public KafkaProbe(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    private static Map<String, List<String>> consumers() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("matching-service", List.of(Topics.REFERRALS));
        groups.put("engagement-service", List.of(Topics.PLACEMENTS, Topics.REFERRALS));
        groups.put("reporting-service", List.of(Topics.REFERRALS, Topics.PLACEMENTS, Topics.ENGAGEMENT));
        return groups;
    }

    /** A service's dead-letter topic ({@code mp.messaging.incoming.*.dead-letter-queue.topic}). */
    static String deadLetterTopic(String service) {
        return "pathway.dlq." + service;
    }

    /** The consumers of a topic. */
    static List<String> consumersOf(String topic) {
        return CONSUMERS.entrySet().stream().filter(e -> e.getValue().contains(topic)).map(Map.Entry::getKey).toList();
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        return Admin.create(properties);
    }

    /** Records not yet consumed, per group: end offset minus committed offset, over the group's topics. */
    public Map<String, Long> lag() throws Exception {
        try (Admin admin = admin()) {
            Map<String, Long> lag = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> group : CONSUMERS.entrySet()) {
                Map<TopicPartition, Long> ends = offsets(admin, partitions(admin, group.getValue()), OffsetSpec.latest());
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                long behind = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += end.getValue() - (at == null ? 0 : at.offset());
                }
                lag.put(group.getKey(), behind);
            }
            return lag;
        }
    }

    /**
     * Waits until every consumer group has taken in everything on its topics (lag 0 at one look), returning how
     * long that took, or null after the timeout. Lag that cannot be read (broker not back yet) counts as behind.
     */
    Duration awaitCaughtUp(Duration timeout) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (lag().values().stream().allMatch(behind -> behind == 0)) {
                    return DrillLog.since(t0);
                }
            } catch (Exception notYet) {
                // broker unreachable or a group coordinator moving: look again
            }
            DrillContext.sleep(Duration.ofMillis(500));
        }
        return null;
    }

    /**
     * Waits until the group has no members (its services stopped), so that its offsets may be changed. A member whose
     * process was forced down (it did not stop within its grace period) never leaves by itself: the broker would keep
     * it until its session times out (45 s), so after {@code patience} the members left are removed, as an operator
     * would ({@code kafka-consumer-groups --delete --group} needs an empty group too). Returns how many were removed.
     */
    int awaitEmpty(String group, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get(15, TimeUnit.SECONDS);
                int members = description.members().size();
                if (members == 0) {
                    return 0;
                }
                if (System.nanoTime() > deadline) {
                    admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions())
                            .all().get(15, TimeUnit.SECONDS);
                    return members;
                }
                DrillContext.sleep(Duration.ofMillis(500));
            }
        }
    }

    /**
     * Moves the group's committed offsets back to the earliest record on each partition of its topics (a full
     * redelivery on its next start); returns how many records it will be given again. The group must be empty.
     */
    long resetToEarliest(String group) throws Exception {
        try (Admin admin = admin()) {
            Set<TopicPartition> partitions = partitions(admin, CONSUMERS.get(group));
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            long again = 0;
            Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
            for (Map.Entry<TopicPartition, Long> start : earliest.entrySet()) {
                OffsetAndMetadata at = committed.get(start.getKey());
                again += at == null ? 0 : at.offset() - start.getValue();
                reset.put(start.getKey(), new OffsetAndMetadata(start.getValue()));
            }
            admin.alterConsumerGroupOffsets(group, reset).all().get(15, TimeUnit.SECONDS);
            return again;
        }
    }

    /** Writes one record as is (any bytes, any headers). */
    void send(String topic, String key, byte[] value, Map<String, String> headers) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /** A record read back from a dead-letter topic: its key and the reason the consumer gave. */
    record DeadLetter(String topic, String key, String reason) {
    }

    /**
     * Reads the topic from the beginning until every one of {@code keys} has been seen or the timeout passed;
     * returns the records with those keys found.
     */
    List<DeadLetter> awaitKeys(String topic, Set<String> keys, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeadLetter> found = new ArrayList<>();
        Set<String> missing = new HashSet<>(keys);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            boolean assigned = false;
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                if (!assigned) {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                    if (infos == null || infos.isEmpty()) {
                        DrillContext.sleep(Duration.ofSeconds(1));
                        continue;
                    }
                    List<TopicPartition> partitions = infos.stream()
                            .map(info -> new TopicPartition(topic, info.partition())).toList();
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    assigned = true;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && missing.remove(record.key())) {
                        found.add(new DeadLetter(topic, record.key(), header(record, "dead-letter-reason")));
                    }
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Set<TopicPartition> partitions(Admin admin, List<String> topics) throws Exception {
        Set<TopicPartition> partitions = new HashSet<>();
        Map<String, TopicDescription> described;
        try {
            described = admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + topics + ": " + e.getCause().getMessage(), e.getCause());
        }
        described.values().forEach(topic -> topic.partitions()
                .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition()))));
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get(15, TimeUnit.SECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
