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

    static Set<String> all() {
        Set<String> topics = new TreeSet<>(eventTopics());
        ServiceConfig.services().forEach(s -> topics.addAll(s.deadLetterTopics()));
        return topics;
    }
}
