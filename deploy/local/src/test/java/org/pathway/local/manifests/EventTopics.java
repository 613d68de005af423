package org.pathway.local.manifests;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topics a deployment must provide: the chassis' event topics and every consumer's dead-letter topic. */
final class EventTopics {

    static final java.nio.file.Path TOPICS_SOURCE =
            Repository.ROOT.resolve("chassis/src/main/java/org/pathway/chassis/events/Topics.java");

    private static final Pattern CONSTANT =
            Pattern.compile("static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"\\s*;");

    private EventTopics() {
    }

    /** The string constants of chassis' {@code Topics}, read from its source. */
    static Set<String> eventTopics() {
        Set<String> topics = new TreeSet<>();
        Matcher constant = CONSTANT.matcher(Repository.read(TOPICS_SOURCE));
        while (constant.find()) {
            topics.add(constant.group(1));
        }
        if (topics.isEmpty()) {
            throw new AssertionError("No topic constants found in " + Repository.relative(TOPICS_SOURCE));
        }
        return topics;
    }

    static Set<String> all() {
        Set<String> topics = new TreeSet<>(eventTopics());
        ServiceConfig.services().forEach(s -> topics.addAll(s.deadLetterTopics()));
        return topics;
    }
}
