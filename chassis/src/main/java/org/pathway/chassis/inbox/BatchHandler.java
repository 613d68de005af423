package org.pathway.chassis.inbox;

import java.util.List;

/**
 * Applies several events of one site inside one inbox transaction, in the order they were received.
 * The inbox hands it only events not seen before; when the batch fails as a whole it hands it the
 * events again one at a time, so a handler written for a list is also the handler for one event.
 */
@FunctionalInterface
public interface BatchHandler {

    void apply(List<IncomingEvent> events);
}
