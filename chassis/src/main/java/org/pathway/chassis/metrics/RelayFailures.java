package org.pathway.chassis.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.tenancy.SiteIds;
import org.pathway.chassis.tenancy.Sites;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code pathway.outbox.publish.failures} (counter, tag {@code site}): relay passes over a site's outbox that ended
 * without the broker acknowledging every event (the relay retries a second later, so an outage counts about once a
 * second). Counted per schema the relay drains.
 */
@ApplicationScoped
public class RelayFailures {

    private final Map<String, Counter> bySchema;

    public RelayFailures(Sites sites, MeterRegistry registry) {
        this.bySchema = sites.ids().stream().collect(Collectors.toMap(SiteIds::schemaOf, Function.identity()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, site -> Counter
                        .builder("pathway.outbox.publish.failures")
                        .description("Outbox relay passes that ended with events the broker did not acknowledge")
                        .tag(SiteTag.NAME, site.getValue()).register(registry)));
    }

    /** Runs one relay pass over a schema, counting it when it fails (and rethrowing, for the relay to retry). */
    public void publishing(String schema, Runnable pass) {
        try {
            pass.run();
        } catch (RuntimeException e) {
            Counter counter = bySchema.get(schema);
            if (counter != null) {
                counter.increment();
            }
            throw e;
        }
    }
}
