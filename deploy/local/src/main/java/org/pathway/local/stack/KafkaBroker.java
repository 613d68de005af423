package org.pathway.local.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Apache Kafka's own broker ({@code kafka.Kafka}, KRaft, one node) as a child process, from the jars the build
 * copied to {@code target/lib}. Its storage is formatted afresh on every start of the stack (the stack is throwaway);
 * {@link #relaunch} starts it again on the storage it left, for a restart within one stack's life (the drills).
 */
public final class KafkaBroker {

    /** On a loaded 2-core machine the broker's first start has taken over a minute. */
    private static final Duration READY = Duration.ofMinutes(3);
    /** A restart also recovers the logs and reloads the groups: as long. */
    static final Duration RESTART_READY = READY;

    private KafkaBroker() {
    }

    public static ChildProcess launch(Layout layout, StackSettings settings) {
        Path dir = layout.runDir().resolve("kafka");
        Path logDir = dir.resolve("data");
        Path config = dir.resolve("server.properties");
        try {
            StackFiles.deleteRecursively(dir);
            Files.createDirectories(logDir);
            Files.writeString(config, serverProperties(settings, logDir));
            format(logDir);
        } catch (Exception e) {
            throw new ComponentFailure("kafka", "could not prepare its storage: " + e.getMessage(), "");
        }
        return start(layout, dir, config, false);
    }

    /**
     * Starts the broker again on the storage and configuration an earlier {@link #launch} of this stack left (same
     * ports, same log directory), so topics, their records and the consumer groups' offsets survive; its log is
     * appended to.
     */
    public static ChildProcess relaunch(Layout layout) {
        Path dir = layout.runDir().resolve("kafka");
        Path config = dir.resolve("server.properties");
        if (!Files.isRegularFile(config)) {
            throw new ComponentFailure("kafka", "cannot restart: " + config + " is missing (never started?)", "");
        }
        return start(layout, dir, config, true);
    }

    private static ChildProcess start(Layout layout, Path dir, Path config, boolean appendLog) {
        List<String> command = List.of(JavaHomes.currentJava(), "-Xms64m", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.log.kafka.coordinator=warn",
                layout.processMarker(),
                "-cp", layout.libDir() + "/*", "kafka.Kafka", config.toString());
        return ChildProcess.start("kafka", command, Map.of(), dir, layout.log("kafka"), appendLog);
    }

    public static void awaitReady(ChildProcess kafka, StackSettings settings) {
        awaitReady(kafka, settings, READY);
    }

    static void awaitReady(ChildProcess kafka, StackSettings settings, Duration timeout) {
        Readiness.awaitPort(kafka, settings.kafkaPort(), timeout);
    }

    private static String serverProperties(StackSettings settings, Path logDir) throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka/server.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka/server.properties missing from the pathway CLI");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${port}", String.valueOf(settings.kafkaPort()))
                    .replace("${controllerPort}", String.valueOf(settings.kafkaControllerPort()))
                    .replace("${logDir}", logDir.toString());
        }
    }

    /** What {@code kafka-storage.sh format} does, in this JVM (a second JVM would cost seconds). */
    private static void format(Path logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .run();
    }
}
