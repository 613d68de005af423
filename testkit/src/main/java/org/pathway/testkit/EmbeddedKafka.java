package org.pathway.testkit;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * Apache Kafka's own KRaft server in this JVM. Ports and log directory are fixed at creation, so the broker
 * can be stopped and started again at the same address with its data intact.
 */
final class EmbeddedKafka {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConfig config;
    private final Path logDir;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private EmbeddedKafka(KafkaConfig config, Path logDir, String bootstrapServers) {
        this.config = config;
        this.logDir = logDir;
        this.bootstrapServers = bootstrapServers;
    }

    static EmbeddedKafka create(Path parentDir) throws Exception {
        int brokerPort = Ports.free();
        int controllerPort = Ports.free();
        while (controllerPort == brokerPort) {
            controllerPort = Ports.free();
        }
        Path logDir = Files.createDirectories(parentDir.resolve("kafka-" + UUID.randomUUID()));
        format(logDir.toString());
        KafkaConfig config = KafkaConfig.fromProps(KafkaBrokerProperties.of(brokerPort, controllerPort, logDir.toString()), false);
        return new EmbeddedKafka(config, logDir, "localhost:" + brokerPort);
    }

    private static void format(String dir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(KafkaBrokerProperties.NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(dir))
                .setMetadataLogDirectory(dir)
                .setControllerListenerName(KafkaBrokerProperties.CONTROLLER_LISTENER)
                .run();
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Path logDir() {
        return logDir;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            starting.awaitShutdown();
            throw e;
        }
        server = starting;
        awaitReady();
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "4000"))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the Kafka broker", notYet);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker at " + bootstrapServers + " not ready after " + READY_TIMEOUT);
                }
                sleep(50);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }
}
