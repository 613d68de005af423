package org.pathway.chassis.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** The rule of the outbox relay's health: a site is stuck when its oldest unsent event has waited past the threshold. */
final class OutboxStuck {

    private OutboxStuck() {
    }

    /** The stuck sites, with how long (whole seconds) the oldest unsent event of each has waited. */
    static Map<String, Long> sites(Map<String, Backlog> backlogs, Duration threshold) {
        Map<String, Long> stuck = new TreeMap<>();
        backlogs.forEach((site, backlog) -> {
            if (backlog.unsent() > 0 && backlog.oldestAge().compareTo(threshold) > 0) {
                stuck.put(site, backlog.oldestAge().toSeconds());
            }
        });
        return stuck;
    }
}
