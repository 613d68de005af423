package org.pathway.chassis.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often the pipeline's meters read the outbox backlog and the consumer groups' lag, and when its health checks call a part stuck. */
@ConfigMapping(prefix = "pathway.pipeline")
public interface PipelineConfig {

    /** How often each site's outbox backlog is read for its gauges (the scheduler reads the property). */
    @WithDefault("15s")
    String outboxRefresh();

    /** How often each consumer group's lag is read for its gauge (the scheduler reads the property). */
    @WithDefault("15s")
    String consumerRefresh();

    /** The outbox relay is stuck once a site's oldest unsent event has waited longer than this. */
    @WithDefault("PT5M")
    Duration outboxStuckAfter();

    /** A consumer has stopped once its group has lag and its committed offsets have not moved for longer than this. */
    @WithDefault("PT5M")
    Duration consumerStalledAfter();
}
