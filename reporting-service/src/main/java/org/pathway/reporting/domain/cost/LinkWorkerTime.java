package org.pathway.reporting.domain.cost;

/** Minutes of link-worker sessions at one site, priced at that site's hourly rate. */
public record LinkWorkerTime(String siteId, long minutes) {

    public LinkWorkerTime {
        if (siteId == null || siteId.isBlank()) {
            throw new IllegalArgumentException("siteId is required");
        }
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
    }
}
