package org.pathway.local.drill;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventType;

/**
 * Two poison messages on each topic in the middle of the traffic: garbage bytes without any CloudEvents headers, and a
 * well-formed binary-mode CloudEvent (valid headers, a real type of the topic, a hosted site) whose data is not that
 * type's body. Each consumer of the topic must park both on its dead-letter topic ({@code pathway.dlq.<service>})
 * with a reason, and carry on: the cohort's later events must all be taken in (the ground truth).
 */
final class PoisonMessageDrill implements Drill.Fault {

    /** A real event type of each topic, for the well-formed CloudEvent. */
    private static final List<EventType> TYPES =
            List.of(EventType.REFERRAL_RECEIVED, EventType.PLACEMENT_CONFIRMED, EventType.ATTENDANCE_RECORDED);
    private static final String SITE = "north-london";

    static final Drill DRILL = new Drill("poison-message",
            "garbage bytes and a CloudEvent with an invalid body on each topic: dead-lettered, consumers carry on",
            new PoisonMessageDrill());

    @Override
    public void inject(DrillContext context, DrillLog log) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        Random random = new Random(run.hashCode());
        long sent = System.nanoTime();
        for (EventType type : TYPES) {
            String topic = type.topic();
            String garbageKey = "drill-poison-" + run + "-garbage-" + topic;
            byte[] garbage = new byte[64];
            random.nextBytes(garbage);
            context.kafka().send(topic, garbageKey, garbage, Map.of());

            String invalidKey = "drill-poison-" + run + "-invalid-body-" + topic;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION);
            headers.put(CloudEvents.ID_HEADER, UUID.randomUUID().toString());
            headers.put(CloudEvents.SOURCE_HEADER, CloudEvents.source(SITE, "reliability-drill"));
            headers.put(CloudEvents.TYPE_HEADER, type.type());
            headers.put(CloudEvents.SUBJECT_HEADER, invalidKey);
            headers.put(CloudEvents.TIME_HEADER, Instant.now().toString());
            headers.put(CloudEvents.SITE_ID_HEADER, SITE);
            headers.put(CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON);
            String invalidBody = "[\"not\", \"a\", \"" + type.type() + "\"]";
            context.kafka().send(topic, invalidKey, invalidBody.getBytes(StandardCharsets.UTF_8), headers);
            for (String consumer : KafkaProbe.consumersOf(topic)) {
                expected.computeIfAbsent(consumer, c -> new HashSet<>()).addAll(List.of(garbageKey, invalidKey));
            }
            log.did("sent garbage bytes and a CloudEvent with an invalid body (" + type.type() + ") to " + topic
                    + ", consumed by " + KafkaProbe.consumersOf(topic));
        }
        for (Map.Entry<String, Set<String>> consumer : expected.entrySet()) {
            String dlq = KafkaProbe.deadLetterTopic(consumer.getKey());
            List<KafkaProbe.DeadLetter> found = context.kafka().awaitKeys(dlq, consumer.getValue(),
                    context.settings().recoveryTimeout());
            log.check(found.size() == consumer.getValue().size(), dlq + " holds " + found.size() + " of the "
                    + consumer.getValue().size() + " poison messages " + consumer.getKey() + " was given");
            boolean reasons = found.stream().allMatch(letter -> letter.reason() != null && !letter.reason().isBlank());
            log.check(reasons, "each dead letter on " + dlq + " carries its reason: " + found.stream()
                    .map(KafkaProbe.DeadLetter::reason).distinct().toList());
        }
        log.recovered("every poison message on its dead-letter topics", DrillLog.since(sent));
        context.awaitCaughtUp(log, sent, "every consumer group moved past the poison (lag 0)",
                "consumers past the poison (lag 0), from sending it");
    }
}
