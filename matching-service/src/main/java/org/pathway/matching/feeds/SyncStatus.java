package org.pathway.matching.feeds;

import org.pathway.chassis.events.WireValue;

/**
 * How a sync ended: {@code completed}; {@code incomplete} (the page cap was reached: pages read were
 * saved, nothing retired); {@code failed} (the reason says why; a feed that could not be read changed
 * nothing, a page that could not be saved left the pages before it saved and the next sync resumes).
 */
public enum SyncStatus implements WireValue {
    COMPLETED, INCOMPLETE, FAILED
}
