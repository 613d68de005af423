package org.pathway.referral;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Settings only the tests use, given to every @QuarkusTest of the module: a fixed key for referrers' signing
 * secrets, and a short delivery schedule for referrer messages (first retry after 1 s, doubling to 4 s, given up
 * after 10 minutes), so a receiver that is down for a real minute is retried about 17 times in that minute.
 */
public class TestSettings implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "referrer.secret-key", SECRET_KEY,
                "referrer.messages.poll", "PT0.2S",
                "referrer.messages.first-backoff", "PT1S",
                "referrer.messages.max-backoff", "PT4S",
                "referrer.messages.give-up-after", "PT10M",
                "referrer.messages.timeout", "PT2S");
    }

    @Override
    public void stop() {
    }
}
