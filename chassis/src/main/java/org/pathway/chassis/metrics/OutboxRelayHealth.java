package org.pathway.chassis.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;


/**
 * Readiness: DOWN while some site's oldest unsent outbox event has waited longer than
 * {@code pathway.pipeline.outbox-stuck-after} (default five minutes), whatever the cause (the broker away, the relay
 * thread or the replica holding a site's relay lock stuck), with each stuck site and its wait in seconds. Reads the
 * backlog afresh, so it answers for now, not for the last scheduled reading.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

    static final String NAME = "Outbox relay";

    private final OutboxBacklog backlog;
    private final PipelineConfig config;

    public OutboxRelayHealth(OutboxBacklog backlog, PipelineConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        backlog.refresh();
        return StuckParts.response(NAME, config.outboxStuckAfter(), OutboxStuck.sites(backlog.latest(), config.outboxStuckAfter()));
    }
}
