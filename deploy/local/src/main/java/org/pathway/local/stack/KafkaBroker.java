package org.pathway.local.stack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.pathway.testkit.infra.KafkaNode;

/**
 * The stack's broker: the testkit's {@link KafkaNode} (KRaft, one node) run as a child process, from the jars the
 * build copied to {@code target/lib}, so the drills can stop it (SIGTERM) like any other component. Its storage is
 * formatted afresh on every start of the stack (the stack is throwaway); {@link #relaunch} starts it again on the
 * storage it left, for a restart within one stack's life (the drills).
 */
public final class KafkaBroker {

    /** On a loaded small machine the broker's first start can take minutes (docs/reliability.md). */
    private static final Duration READY = Duration.ofMinutes(3);
    /** A restart also recovers the logs and reloads the groups: as long. */
    static final Duration RESTART_READY = READY;

    private KafkaBroker() {
    }

    public static ChildProcess launch(Layout layout, StackSettings settings, StackData data) {
        try {
            return start(layout, KafkaNode.formatIfNew(data.kafka(), settings.kafkaPort(), settings.kafkaControllerPort()), false);
        } catch (IOException | RuntimeException e) {
            throw new ComponentFailure("kafka", "could not prepare its storage: " + e.getMessage(), "");
        }
    }

    /**
     * Starts the broker again on the storage and configuration an earlier {@link #launch} of this stack left (same
     * ports, same log directory), so topics, their records and the consumer groups' offsets survive; its log is
     * appended to.
     */
    public static ChildProcess relaunch(Layout layout, StackData data) {
        try {
            return start(layout, KafkaNode.existing(data.kafka()), true);
        } catch (IOException e) {
            throw new ComponentFailure("kafka", "cannot restart: " + e.getMessage(), "");
        }
    }

    private static ChildProcess start(Layout layout, KafkaNode node, boolean appendLog) {
        List<String> command = List.of(JavaHomes.currentJava(), "-Xms64m", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.log.kafka.coordinator=warn",
                layout.processMarker(),
                "-cp", layout.libDir() + "/*", KafkaNode.MAIN_CLASS, node.serverProperties().toString());
        return ChildProcess.start("kafka", command, Map.of(), node.directory(), layout.log("kafka"), appendLog);
    }

    public static void awaitReady(ChildProcess kafka, StackSettings settings) {
        awaitReady(kafka, settings, READY);
    }

    static void awaitReady(ChildProcess kafka, StackSettings settings, Duration timeout) {
        Readiness.awaitPort(kafka, settings.kafkaPort(), timeout);
    }
}
