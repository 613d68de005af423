package org.pathway.engagement.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathway.chassis.webhook.WebhookSignature;

/**
 * A provider's webhook secrets (plaintext, in memory only): the current one and, for a grace
 * period after a rotation, the previous one, so a provider can switch over without losing posts.
 *
 * @param previous          null when there is none
 * @param previousExpiresAt null when there is no previous secret
 */
public record ProviderSecrets(String current, String previous, Instant previousExpiresAt) {

    /** API.md: after a rotation the old secret keeps working for 24 h. */
    public static final Duration ROTATION_GRACE = Duration.ofHours(24);

    public ProviderSecrets {
        Objects.requireNonNull(current, "current");
        if ((previous == null) != (previousExpiresAt == null)) {
            throw new IllegalArgumentException("previous secret and its expiry go together");
        }
    }

    public static ProviderSecrets first(String secret) {
        return new ProviderSecrets(secret, null, null);
    }

    /** The current secret becomes the previous one until {@code now + grace}; an older previous one is dropped. */
    public ProviderSecrets rotate(String newSecret, Instant now, Duration grace) {
        return new ProviderSecrets(newSecret, current, now.plus(grace));
    }

    /** Secrets a signature may be checked against at {@code now}. */
    public List<byte[]> candidates(Instant now) {
        List<byte[]> secrets = new ArrayList<>(2);
        secrets.add(WebhookSignature.secretBytes(current));
        if (previous != null && now.isBefore(previousExpiresAt)) {
            secrets.add(WebhookSignature.secretBytes(previous));
        }
        return secrets;
    }

    /** Never print secrets: records would otherwise put them in logs and exception messages. */
    @Override
    public String toString() {
        return "ProviderSecrets[current=***, previous=" + (previous == null ? "none" : "***")
                + ", previousExpiresAt=" + previousExpiresAt + "]";
    }
}
