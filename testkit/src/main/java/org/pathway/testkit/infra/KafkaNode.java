package org.pathway.testkit.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * One Apache Kafka node in KRaft mode, broker and only controller, on fixed ports, with its storage in a directory:
 * {@code data/} (the log directory) and {@code server.properties}. It runs in this JVM ({@link #start}, {@link #stop}:
 * the testkit) or, from its {@link #serverProperties()} file, as a process of its own ({@link #MAIN_CLASS}: the local
 * stack). Either way it can stop and start again on the same ports and storage, with its topics, records and
 * consumer groups' offsets intact.
 */
public final class KafkaNode {

    /** Runs a node from its {@code server.properties} (the only argument) in a JVM of its own. */
    public static final String MAIN_CLASS = "kafka.Kafka";

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLIENT_LISTENER = "PLAINTEXT://";
    private static final String PROPERTIES_FILE = "server.properties";
    private static final String LOG_DIR = "data";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    private final Properties properties;
    /** The node running in this JVM; null when stopped or when it runs as a process of its own. */
    private KafkaRaftServer server;

    private KafkaNode(Path directory, Properties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    /**
     * A new node with empty storage in {@code directory}: whatever the directory held is deleted, the log directory
     * formatted and {@code server.properties} written. Nothing runs yet.
     */
    public static KafkaNode format(Path directory, int brokerPort, int controllerPort) throws IOException {
        Directories.deleteRecursively(directory);
        Path logDir = Files.createDirectories(directory.resolve(LOG_DIR));
        KafkaNode node = configure(directory, brokerPort, controllerPort);
        formatStorage(logDir);
        return node;
    }

    /**
     * The node whose storage is in {@code directory}, formatted there first if it never was: a formatted log directory
     * keeps its cluster id, topics, records and consumer groups' offsets. {@code server.properties} is written afresh
     * for the given ports. Nothing runs yet.
     */
    public static KafkaNode formatIfNew(Path directory, int brokerPort, int controllerPort) throws IOException {
        if (!isFormatted(directory)) {
            return format(directory, brokerPort, controllerPort);
        }
        return configure(directory, brokerPort, controllerPort);
    }

    /** Whether {@code directory} holds a formatted log directory (its {@code meta.properties}, which names the cluster). */
    public static boolean isFormatted(Path directory) {
        return Files.isRegularFile(directory.resolve(LOG_DIR).resolve("meta.properties"));
    }

    private static KafkaNode configure(Path directory, int brokerPort, int controllerPort) throws IOException {
        Map<String, String> settings = settings(brokerPort, controllerPort, directory.resolve(LOG_DIR));
        try (Writer out = Files.newBufferedWriter(directory.resolve(PROPERTIES_FILE))) {
            out.write("# One KRaft node, broker and only controller: org.pathway.testkit.infra.KafkaNode\n");
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                out.write(setting.getKey() + "=" + setting.getValue() + "\n");
            }
        }
        Properties properties = new Properties();
        properties.putAll(settings);
        return new KafkaNode(directory, properties);
    }

    /** The node an earlier {@link #format} left in {@code directory}, with its storage as it was left. */
    public static KafkaNode existing(Path directory) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(PROPERTIES_FILE))) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(e.getFile(), null, "no Kafka node was formatted in " + directory);
        }
        return new KafkaNode(directory, properties);
    }

    /** The node's configuration, in the order {@code server.properties} shows it. */
    static Map<String, String> settings(int brokerPort, int controllerPort, Path logDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + brokerPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "localhost:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());

        // One node: every internal topic must be satisfiable with a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");

        // Few partitions for internal topics: creating the default 50 costs seconds on first use.
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");

        // The services' topics appear on first use.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "1");

        // The default 128 MiB cleaner buffer is wasted on a throwaway single node.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }

    /** What {@code kafka-storage.sh format} does, in this JVM (a JVM of its own would cost seconds). */
    private static void formatStorage(Path logDir) throws IOException {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not format the Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return properties.getProperty("advertised.listeners").substring(CLIENT_LISTENER.length());
    }

    public Path directory() {
        return directory;
    }

    /** The node's configuration, the argument of {@link #MAIN_CLASS}. */
    public Path serverProperties() {
        return directory.resolve(PROPERTIES_FILE);
    }

    /** Starts the node in this JVM, unless it runs already, and returns once it serves clients. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
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

    /** Stops the node running in this JVM (a controlled shutdown), keeping its storage. */
    public synchronized void stop() {
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
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "4000"))) {
            while (!hasBroker(admin)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " not ready after " + READY_TIMEOUT);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                }
            }
        }
    }

    private static boolean hasBroker(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        } catch (Exception notYet) {
            return false;
        }
    }
}
