package org.pathway.engagement;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Settings only the tests use, given to every @QuarkusTest of the module (above application.properties):
 * a fixed key for provider secrets, the scheduled check left to the tests (they run it at fixed instants),
 * and one site whose thresholds differ from the defaults.
 */
public class TestSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "engagement.secret-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "engagement.disengagement-check.every", "off",
                "pathway.sites.cardiff-vale.engagement.engaged-after", "2");
    }

    @Override
    public void stop() {
    }
}
