package org.pathway.chassis.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;


/**
 * Readiness: DOWN while a consumer group has had lag and no committed progress for longer than
 * {@code pathway.pipeline.consumer-stalled-after} (default five minutes): a consumer that stopped polling, hangs in a
 * handler or keeps failing without moving on; each such group and topic with how long, in seconds. Reads the groups'
 * offsets afresh.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    static final String NAME = "Kafka consumers progressing";

    private final ConsumerProgress progress;
    private final PipelineConfig config;

    public ConsumerHealth(ConsumerProgress progress, PipelineConfig config) {
        this.progress = progress;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        progress.refresh();
        return StuckParts.response(NAME, config.consumerStalledAfter(), progress.stalled(config.consumerStalledAfter()));
    }
}
