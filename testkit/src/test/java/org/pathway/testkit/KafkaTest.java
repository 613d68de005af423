package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaTest {

    private static Map<String, String> config;

    @BeforeAll
    static void startInfrastructure() {
        config = new PathwayInfrastructure().start();
    }

    @Test
    void sendsAndReadsBackKeyValueAndHeaders() {
        String topic = freshTopic();

        TestKafka.send(topic, "k-1", "{\"n\":1}", Map.of("event-type", "ReferralSubmitted"));

        List<ConsumerRecord<String, String>> records = TestKafka.records(topic);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("k-1");
            assertThat(record.value()).isEqualTo("{\"n\":1}");
            assertThat(new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("ReferralSubmitted");
        });
    }

    @Test
    void keepsRecordsAndAddressAcrossAStopAndStart() {
        String topic = freshTopic();
        String bootstrap = TestKafka.bootstrapServers();
        TestKafka.send(topic, "k", "before", Map.of());

        TestKafka.stop();
        long stoppedAt = System.nanoTime();
        assertThatThrownBy(() -> TestKafka.send(topic, "k", "while-stopped", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(20));
        TestKafka.start();
        TestKafka.send(topic, "k", "after", Map.of());

        assertThat(TestKafka.bootstrapServers()).isEqualTo(bootstrap).isEqualTo(config.get("kafka.bootstrap.servers"));
        assertThat(TestKafka.records(topic)).extracting(ConsumerRecord::value).containsExactly("before", "after");
    }

    @Test
    void startingTheResourceAgainRestartsABrokerLeftStopped() {
        String topic = freshTopic();
        TestKafka.stop();

        assertThat(new PathwayInfrastructure().start()).isEqualTo(config);
        TestKafka.send(topic, "k", "delivered", Map.of());

        assertThat(TestKafka.records(topic)).extracting(ConsumerRecord::value).containsExactly("delivered");
    }

    @Test
    void awaitRecordsReturnsOnceRecordsSentLaterSatisfyTheCondition() throws Exception {
        String topic = freshTopic();
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            TestKafka.send(topic, "a", "first", Map.of());
            TestKafka.send(topic, "b", "second", Map.of());
        }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        List<ConsumerRecord<String, String>> records =
                TestKafka.awaitRecords(topic, read -> read.size() == 2, Duration.ofSeconds(20));

        assertThat(records).extracting(ConsumerRecord::key).containsExactly("a", "b");
        later.get(5, TimeUnit.SECONDS);
    }

    @Test
    void awaitRecordsFailsWhenTheConditionNeverHolds() {
        String topic = freshTopic();
        TestKafka.send(topic, "a", "only", Map.of());

        assertThatThrownBy(() -> TestKafka.awaitRecords(topic, read -> read.size() > 1, Duration.ofMillis(800)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(topic)
                .hasMessageContaining("1 records read");
    }

    @Test
    void readsNothingFromATopicThatDoesNotExist() {
        assertThat(TestKafka.records(freshTopic())).isEmpty();
    }

    @Test
    void consumerGroupsReceiveRecordsOnTheSingleNodeBroker() {
        String topic = freshTopic();
        TestKafka.send(topic, "g", "for-a-group", Map.of());

        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-group-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            // The consumer is not thread-safe: poll it on this thread, back to back.
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(1)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
                return !received.isEmpty();
            });
            consumer.commitSync();
        }

        assertThat(received).containsExactly("for-a-group");
    }

    private static String freshTopic() {
        return "testkit-" + UUID.randomUUID();
    }
}
