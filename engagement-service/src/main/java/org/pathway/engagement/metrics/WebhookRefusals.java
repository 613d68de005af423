package org.pathway.engagement.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.metrics.SiteCounters;
import org.pathway.chassis.webhook.SignatureResult;

import java.util.Locale;

/**
 * {@code pathway.webhook.refusals} (counter, tags {@code site}, {@code reason}): provider webhooks refused for their
 * signature, by why: {@code missing}, {@code malformed}, {@code stale} (timestamp outside the tolerance) or
 * {@code mismatch} (wrong secret, or a provider that does not exist: the two are told apart nowhere, here neither).
 */
@ApplicationScoped
public class WebhookRefusals {

    static final String NAME = "pathway.webhook.refusals";

    private final SiteCounters counters;

    public WebhookRefusals(SiteCounters counters) {
        this.counters = counters;
    }

    public void refused(SignatureResult result) {
        counters.increment(NAME, "Provider webhooks refused, by the signature's fault", "reason",
                result.name().toLowerCase(Locale.ROOT));
    }
}
