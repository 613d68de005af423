package org.pathway.chassis.inbox;

import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;

import java.time.Instant;
import java.util.UUID;

/** A decoded CloudEvent from Kafka: its envelope and its typed data. */
public record IncomingEvent(UUID id, EventType type, String siteId, String source, Instant time,
                            PathwayEvent data) {

    public String participantId() {
        return data.participantId();
    }

    public boolean is(EventType expected) {
        return type == expected;
    }

    /** The data as the given record type. */
    public <T extends PathwayEvent> T data(Class<T> dataClass) {
        return dataClass.cast(data);
    }
}
