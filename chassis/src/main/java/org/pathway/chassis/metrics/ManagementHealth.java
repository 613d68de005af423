package org.pathway.chassis.metrics;

import io.quarkus.smallrye.health.runtime.SmallRyeHealthHandler;
import io.quarkus.smallrye.health.runtime.SmallRyeLivenessHandler;
import io.quarkus.smallrye.health.runtime.SmallRyeReadinessHandler;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Health on the management interface as well as on the public port. The public port keeps {@code /q/health/*}
 * (API.md; {@code quarkus.smallrye-health.management.enabled=false} leaves Quarkus' own endpoints there), and the
 * management port answers the same checks, so an operator's monitoring reads health and metrics from one port with
 * no token. Quarkus' own handlers answer both, so the two can never differ.
 */
@ApplicationScoped
public class ManagementHealth {

    void routes(@Observes ManagementInterface management) {
        Router router = management.router();
        router.get("/q/health").handler(new SmallRyeHealthHandler());
        router.get("/q/health/live").handler(new SmallRyeLivenessHandler());
        router.get("/q/health/ready").handler(new SmallRyeReadinessHandler());
    }
}
