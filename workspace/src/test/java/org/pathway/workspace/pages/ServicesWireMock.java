package org.pathway.workspace.pages;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server playing referral-, matching- and engagement-service (their paths do not overlap), and a
 * reporting-service URL where nothing answers (a service that is down). Tests stub what they need.
 */
public class ServicesWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.referral.url", url, "quarkus.rest-client.matching.url", url,
                "quarkus.rest-client.engagement.url", url, "quarkus.rest-client.reporting.url", "http://localhost:1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
