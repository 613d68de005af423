package org.pathway.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code ./pathway rotate-secrets} asks both services, as platform-admin, and stops at the first refusal. */
class SecretRotationTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void postsToEachServiceAsThePlatformAdminAndReturnsTheirAnswers() throws IOException {
        URI engagement = service("engagement", 200, "{\"keyId\":\"k2\"}");
        URI referral = service("referral", 200, "{\"keyId\":\"k2\",\"sites\":{}}");
        Map<String, String> answers = new SecretRotation(user -> "token-of-" + user)
                .run(Map.of("engagement-service", engagement, "referral-service", referral));
        assertThat(answers).containsExactly(Map.entry("engagement-service", "{\"keyId\":\"k2\"}"),
                Map.entry("referral-service", "{\"keyId\":\"k2\",\"sites\":{}}"));
        assertThat(calls).containsExactly(
                "engagement POST /admin/secret-keys/re-encryption Bearer token-of-platform-admin",
                "referral POST /admin/secret-keys/re-encryption Bearer token-of-platform-admin");
    }

    @Test
    void aRefusalNamesTheServiceAndItsStatus() throws IOException {
        URI engagement = service("engagement", 403, "{\"status\":403}");
        URI referral = service("referral", 200, "{}");
        assertThatThrownBy(() -> new SecretRotation(user -> "t")
                .run(Map.of("engagement-service", engagement, "referral-service", referral)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engagement-service answered 403");
        assertThat(calls).hasSize(1);
    }

    private URI service(String name, int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            calls.add(name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
