package org.pathway.local.manifests;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.pathway.chassis.events.Topics;

/** The topics a deployment must provide: the chassis' event topics and every consumer's dead-letter topic. */
final class EventTopics {

    private EventTopics() {
    }

    /** The string constants of the chassis' {@link Topics}. */
    static Set<String> eventTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (topics.isEmpty()) {
            throw new AssertionError("No topic constants in " + Topics.class.getName());
        }
        return topics;
    }

    /**
     * The event topics the service writes: those of the event types whose data class its main code constructs
     * ({@code new ReferralAccepted(...)}), which its outbox then publishes.
     */
    static Set<String> producedBy(ServiceConfig service) {
        Set<String> topics = new TreeSet<>();
        java.nio.file.Path sources = Repository.ROOT.resolve(service.name()).resolve("src/main/java");
        if (!java.nio.file.Files.isDirectory(sources)) {
            return topics;
        }
        StringBuilder code = new StringBuilder();
        try (var files = java.nio.file.Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> code.append(Repository.read(f)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (org.pathway.chassis.events.EventType type : org.pathway.chassis.events.EventType.values()) {
            if (code.indexOf("new " + type.dataClass().getSimpleName() + "(") >= 0) {
                topics.add(type.topic());
            }
        }
        return topics;
    }

    static Set<String> all() {
        Set<String> topics = new TreeSet<>(eventTopics());
        ServiceConfig.services().forEach(s -> topics.addAll(s.deadLetterTopics()));
        return topics;
    }
}
