package org.pathway.local.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker ceiling: records produced with the outbox relay's producer settings (acks=all, idempotent, linger
 * 2 ms) to a scratch topic and consumed by a consumer in the same JVM (fetch as soon as a byte is there), each
 * record carrying its send time. Two figures: the round trip at a fixed offered rate, and how many records a
 * second go through when produced as fast as the producer takes them. The topic is deleted afterwards.
 */
final class KafkaCeiling implements AutoCloseable {

    /** About the size of a referral event (CloudEvent JSON). */
    static final int RECORD_BYTES = 900;

    private final String bootstrap;
    private final String topic;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;

    KafkaCeiling(String bootstrap, String topic) throws Exception {
        this.bootstrap = bootstrap;
        this.topic = topic;
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        admin = Admin.create(adminProps);
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pathway-bench");
        producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "pathway-bench");
        consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
    }

    /** Round trips of records offered at {@code perSecond} for {@code window}. */
    Measurement roundTrip(double perSecond, Duration window) throws InterruptedException {
        Latencies latencies = new Latencies();
        Pacer pacer = new Pacer(perSecond, System.nanoTime() + 100_000_000L);
        long total = pacer.count(window);
        AtomicLong received = new AtomicLong();
        Thread reader = new Thread(() -> consume(total, latencies, received, pacer.dueAt(total) + 30_000_000_000L),
                "bench-kafka-consumer");
        reader.setDaemon(true);
        reader.start();
        for (long i = 0; i < total; i++) {
            pacer.awaitTurn(i);
            producer.send(new ProducerRecord<>(topic, record(i, System.nanoTime())));
        }
        producer.flush();
        reader.join();
        return new Measurement("broker round trip", "records", received.get(), total - received.get(),
                window.toNanos() / 1e9, 1, latencies.summary());
    }

    /** Records a second through the broker, produced as fast as the producer takes them. */
    Measurement throughput(int records) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong received = new AtomicLong();
        long started = System.nanoTime();
        Thread reader = new Thread(() -> consume(records, latencies, received, started + 120_000_000_000L),
                "bench-kafka-consumer");
        reader.setDaemon(true);
        reader.start();
        for (int i = 0; i < records; i++) {
            producer.send(new ProducerRecord<>(topic, record(i, System.nanoTime())));
        }
        producer.flush();
        reader.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Measurement("broker throughput", "records", received.get(), records - received.get(), seconds, 1,
                latencies.summary());
    }

    private void consume(long expected, Latencies latencies, AtomicLong received, long deadline) {
        while (received.get() < expected && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                latencies.recordNanos(now - ByteBuffer.wrap(record.value(), 8, 8).getLong());
                received.incrementAndGet();
            }
        }
    }

    private static byte[] record(long sequence, long sentAt) {
        ByteBuffer buffer = ByteBuffer.allocate(RECORD_BYTES);
        buffer.putLong(sequence).putLong(sentAt);
        return buffer.array();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
        try {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("could not delete the scratch topic " + topic + " on " + bootstrap + ": " + e.getMessage());
        }
        admin.close(Duration.ofSeconds(5));
    }
}
