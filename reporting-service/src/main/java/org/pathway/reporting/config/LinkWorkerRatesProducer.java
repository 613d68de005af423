package org.pathway.reporting.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.pathway.chassis.tenancy.Sites;
import org.pathway.reporting.domain.cost.LinkWorkerRates;

/** The link-worker hourly rates the cost figures use: each hosted site's {@code link-worker-hourly-rate-pence}. */
public class LinkWorkerRatesProducer {

    @Produces
    @Singleton
    LinkWorkerRates linkWorkerRates(Sites sites) {
        return siteId -> sites.get(siteId).linkWorkerHourlyRatePence();
    }
}
