package org.pathway.engagement.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.chassis.webhook.SignatureResult;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.engagement.config.EngagementConfig;
import org.pathway.engagement.domain.ProviderIds;
import org.pathway.engagement.metrics.WebhookRefusals;
import org.pathway.engagement.webhook.ProviderSecrets;

/**
 * Authenticates a provider webhook by its signature over the raw body. An unknown provider is
 * checked against no secret at all, so it fails exactly like a wrong signature (401, MISMATCH) and
 * the response does not reveal which providers exist.
 */
@ApplicationScoped
public class WebhookAuthenticator {

    private static final Logger LOG = Logger.getLogger(WebhookAuthenticator.class);

    private final ProviderCredentialStore credentials;
    private final PathwayClock clock;
    private final EngagementConfig config;
    private final WebhookRefusals refusals;

    public WebhookAuthenticator(ProviderCredentialStore credentials, PathwayClock clock, EngagementConfig config,
                                WebhookRefusals refusals) {
        this.refusals = refusals;
        this.credentials = credentials;
        this.clock = clock;
        this.config = config;
    }

    /** @throws Problem 401 unless the signature is valid and fresh */
    public void verify(String providerId, String signatureHeader, byte[] rawBody) {
        Instant now = clock.now();
        List<byte[]> secrets = ProviderIds.isWellFormed(providerId)
                ? credentials.secretsOf(providerId).map(s -> s.candidates(now)).orElse(List.of())
                : List.of();
        SignatureResult result = WebhookSignature.verify(signatureHeader, rawBody, secrets, now,
                config.signatureTolerance());
        if (result != SignatureResult.VALID) {
            LOG.infof("Webhook of provider %s refused: signature %s", providerId, result);
            refusals.refused(result);
            throw new Problem(401, "Unauthorized", detail(result));
        }
    }

    private String detail(SignatureResult result) {
        return switch (result) {
            case MISSING -> "The Pathway-Signature header is missing.";
            case MALFORMED -> "The Pathway-Signature header is not t=<unix seconds>,v1=<hex HMAC-SHA256>.";
            case STALE -> "The signature timestamp is more than "
                    + config.signatureTolerance().toSeconds() + " seconds from now.";
            default -> "The signature does not match.";
        };
    }
}
