package org.pathway.reporting.domain.cost;

/** Each site's link-worker cost per hour, in pence: configuration, so that reports stay plain code. */
@FunctionalInterface
public interface LinkWorkerRates {

    long hourlyPence(String siteId);
}
