package org.pathway.chassis.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads a binary-mode CloudEvent from a Kafka record; anything unreadable is a poison message. */
public final class CloudEventDecoder {

    private CloudEventDecoder() {
    }

    public static IncomingEvent decode(ConsumerRecord<String, String> record) {
        String specVersion = header(record, CloudEvents.SPEC_VERSION_HEADER);
        if (!CloudEvents.SPEC_VERSION.equals(specVersion)) {
            throw new PoisonMessageException("not a CloudEvents 1.0 binary-mode record");
        }
        UUID id = uuid(header(record, CloudEvents.ID_HEADER));
        String typeName = header(record, CloudEvents.TYPE_HEADER);
        EventType type = EventType.fromType(typeName)
                .orElseThrow(() -> new PoisonMessageException("unknown event type"));
        String siteId = header(record, CloudEvents.SITE_ID_HEADER);
        if (siteId == null) {
            throw new PoisonMessageException("missing ce_siteid");
        }
        if (record.value() == null) {
            throw new PoisonMessageException("no event data");
        }
        PathwayEvent data;
        try {
            data = EventJson.read(record.value(), type.dataClass());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("event data does not match " + type.type());
        }
        if (data.participantId() == null) {
            throw new PoisonMessageException("event data has no participantId");
        }
        return new IncomingEvent(id, type, siteId, header(record, CloudEvents.SOURCE_HEADER),
                time(header(record, CloudEvents.TIME_HEADER)), data);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new PoisonMessageException("ce_id is not a UUID");
        }
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 time");
        }
    }
}
