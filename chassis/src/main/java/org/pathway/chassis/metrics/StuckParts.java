package org.pathway.chassis.metrics;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;
import java.util.Map;

/** The answer of a pipeline check: UP when nothing is stuck, else DOWN naming each stuck part with its seconds. */
final class StuckParts {

    private StuckParts() {
    }

    static HealthCheckResponse response(String check, Duration threshold, Map<String, Long> stuck) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(check).status(stuck.isEmpty())
                .withData("thresholdSeconds", threshold.toSeconds());
        stuck.forEach(response::withData);
        return response.build();
    }
}
