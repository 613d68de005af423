package org.pathway.chassis.metrics;

import org.pathway.chassis.tenancy.Sites;

/**
 * The {@code site} tag of a meter: a configured site's id, or {@code unknown}. An event's site comes from a Kafka
 * header that anything may have written; only known ids become tag values, so a bad message cannot add a time series
 * (or put text of its own into the metrics).
 */
final class SiteTag {

    static final String NAME = "site";
    static final String UNKNOWN = "unknown";

    private SiteTag() {
    }

    static String of(Sites sites, String siteId) {
        return siteId != null && sites.ids().contains(siteId) ? siteId : UNKNOWN;
    }
}
