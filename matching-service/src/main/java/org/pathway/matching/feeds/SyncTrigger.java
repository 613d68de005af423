package org.pathway.matching.feeds;

import org.pathway.chassis.events.WireValue;

/** Who started a sync: a site admin ({@code POST .../sync}) or the scheduler. */
public enum SyncTrigger implements WireValue {
    MANUAL, SCHEDULED
}
