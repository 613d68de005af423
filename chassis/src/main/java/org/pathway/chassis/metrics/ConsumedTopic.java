package org.pathway.chassis.metrics;

import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** A consumer group reading a topic: one per enabled Kafka channel ({@code mp.messaging.incoming.<channel>.*}). */
record ConsumedTopic(String group, String topic) {

    private static final Pattern CONNECTOR = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.connector$");

    static List<ConsumedTopic> configured(Config config) {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .map(CONNECTOR::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .filter(channel -> "smallrye-kafka".equals(value(config, channel, "connector").orElse("")))
                .filter(channel -> !"false".equals(value(config, channel, "enabled").orElse("true")))
                .map(channel -> new ConsumedTopic(
                        value(config, channel, "group.id").or(() -> config.getOptionalValue("kafka.group.id", String.class))
                                .orElseGet(() -> config.getValue("quarkus.application.name", String.class)),
                        value(config, channel, "topic").orElse(channel)))
                .distinct().sorted(java.util.Comparator.comparing(ConsumedTopic::group).thenComparing(ConsumedTopic::topic))
                .toList();
    }

    private static Optional<String> value(Config config, String channel, String key) {
        return config.getOptionalValue("mp.messaging.incoming." + channel + "." + key, String.class);
    }
}
