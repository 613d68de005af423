package org.pathway.local.stack;

import java.net.URI;
import java.util.List;

/** One of the four services: its module (and process) name, its own database and its port. */
public record PathwayService(String name, String database, int port) {

    public static List<PathwayService> all(StackSettings settings) {
        return List.of(
                new PathwayService("referral-service", "referral", settings.referralPort()),
                new PathwayService("matching-service", "matching", settings.matchingPort()),
                new PathwayService("engagement-service", "engagement", settings.engagementPort()),
                new PathwayService("reporting-service", "reporting", settings.reportingPort()));
    }

    public URI url() {
        return StackSettings.local(port);
    }

    public URI readiness() {
        return url().resolve("/q/health/ready");
    }
}
