package org.pathway.engagement.events;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.pathway.chassis.inbox.IncomingEvent;

/**
 * Applies a batch's events in one transaction one after another, in the order received, each as if it were alone:
 * its entity writes are flushed and the persistence context emptied before the next, so an event finds what the
 * ones before it wrote in the database, as it would after their commits, and the context does not grow with the
 * batch (every flush and query would otherwise check all of it).
 */
final class EventsInOrder {

    private EventsInOrder() {
    }

    static void apply(EntityManager entityManager, List<IncomingEvent> events, Consumer<IncomingEvent> handler) {
        for (IncomingEvent event : events) {
            handler.accept(event);
            entityManager.flush();
            entityManager.clear();
        }
    }
}
