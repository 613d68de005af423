package org.pathway.reporting.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.pathway.chassis.tenancy.Sites;
import org.pathway.reporting.domain.retention.RetentionWindows;

/** The retention report's windows: each hosted site's {@code retention-window-days}. */
public class RetentionWindowsProducer {

    @Produces
    @Singleton
    RetentionWindows retentionWindows(Sites sites) {
        return siteId -> sites.get(siteId).retentionWindowDays();
    }
}
