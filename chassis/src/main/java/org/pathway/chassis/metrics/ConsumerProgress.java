package org.pathway.chassis.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * How far each consumer group is behind on each topic it reads, from the broker's own books (end offsets minus the
 * group's committed offsets, through an admin client, so it holds for every replica of the service): the gauge
 * {@code pathway.consumer.lag} (tags {@code group}, {@code topic}), read every {@code pathway.pipeline.consumer-refresh}
 * and whenever the consumers' health check asks. Each reading also feeds that group's {@link ConsumerStall}.
 */
@ApplicationScoped
public class ConsumerProgress {

    private static final Logger LOG = Logger.getLogger(ConsumerProgress.class);
    /** Short: the readiness probe waits for this (Kubernetes gives it three seconds). */
    private static final long TIMEOUT_SECONDS = 2;

    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();
    private final Map<ConsumedTopic, Long> lag = new ConcurrentHashMap<>();
    private final Map<ConsumedTopic, ConsumerStall> stalls = new ConcurrentHashMap<>();
    private List<ConsumedTopic> consumed = List.of();
    private Admin admin;

    public ConsumerProgress(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        consumed = ConsumedTopic.configured(ConfigProvider.getConfig());
        for (ConsumedTopic topic : consumed) {
            stalls.put(topic, new ConsumerStall());
            Gauge.builder("pathway.consumer.lag", lag, readings -> readings.getOrDefault(topic, -1L))
                    .description("Events on the topic the consumer group has not committed yet (-1: not read yet)")
                    .tag("group", topic.group()).tag("topic", topic.topic()).register(registry);
        }
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    @Scheduled(identity = "consumer-progress", every = "${pathway.pipeline.consumer-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Reads every group's lag now; a group that cannot be read (broker away) keeps its last reading. */
    public synchronized void refresh() {
        for (ConsumedTopic topic : consumed) {
            try {
                read(topic);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                LOG.debugf("Lag of %s on %s not read (%s)", topic.group(), topic.topic(), e.getClass().getSimpleName());
            }
        }
    }

    /** The groups that have been behind without progress for longer than the threshold, with how long (seconds). */
    public Map<String, Long> stalled(Duration threshold) {
        Instant now = clock.instant();
        return stalls.entrySet().stream().filter(entry -> entry.getValue().stalled(now, threshold))
                .collect(Collectors.toMap(entry -> entry.getKey().group() + " on " + entry.getKey().topic(),
                        entry -> entry.getValue().behindFor(now).toSeconds(), (a, b) -> a, java.util.TreeMap::new));
    }

    private void read(ConsumedTopic topic) throws Exception {
        Admin client = admin();
        List<TopicPartition> partitions = client.describeTopics(List.of(topic.topic())).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic.topic()).partitions().stream()
                .map(partition -> new TopicPartition(topic.topic(), partition.partition())).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(topic.group())
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(client, partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(client, partitions, OffsetSpec.earliest());
        long behind = 0;
        long committedSum = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            // A group that never committed on a partition starts from its earliest offset (auto.offset.reset=earliest).
            long position = offset != null ? offset.offset() : starts.get(partition).offset();
            behind += Math.max(0, ends.get(partition).offset() - position);
            committedSum += position;
        }
        lag.put(topic, behind);
        stalls.get(topic).observe(clock.instant(), behind, committedSum);
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin client, List<TopicPartition> partitions,
                                                                       OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return client.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> props = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    props.put(key, value);
                }
            });
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "pathway-consumer-progress");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
            admin = Admin.create(props);
        }
        return admin;
    }
}
