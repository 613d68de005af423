package org.pathway.matching.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.events.WireValue;
import org.pathway.chassis.metrics.SiteCounters;

/**
 * {@code pathway.directory.syncs} (counter, tags {@code site}, {@code status} = {@code completed} / {@code incomplete} /
 * {@code failed}, {@code trigger} = {@code manual} / {@code scheduled}): directory feed syncs, by how they ended.
 */
@ApplicationScoped
public class DirectorySyncs {

    static final String NAME = "pathway.directory.syncs";

    private final SiteCounters counters;

    public DirectorySyncs(SiteCounters counters) {
        this.counters = counters;
    }

    public void finished(WireValue status, WireValue trigger) {
        counters.increment(NAME, "Directory feed syncs, by how they ended", "status", status.wire(), "trigger", trigger.wire());
    }
}
