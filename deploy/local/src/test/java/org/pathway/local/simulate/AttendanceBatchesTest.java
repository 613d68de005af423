package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.webhook.WebhookSignature;

/** Against a stand-in for matching- and engagement-service on loopback that records each batch. */
class AttendanceBatchesTest {

    private static final String SITE = "north-london";
    private static final String PROVIDER = "green-gym";

    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final List<JsonNode> batches = new CopyOnWriteArrayList<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final List<String> registrations = new CopyOnWriteArrayList<>();
    private volatile int webhookStatus = 200;
    private HttpServer server;
    private URI base;
    private ScheduledExecutorService senders;
    private Problems problems;
    private AttendanceBatches attendance;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        Api api = new Api(user -> "token-of-" + user);
        Map<String, Catalogue> catalogues = Map.of(SITE,
                Catalogue.create(api, base, base, SiteData.of(SITE)));
        senders = Executors.newScheduledThreadPool(2);
        problems = new Problems();
        attendance = new AttendanceBatches(api, base, catalogues, problems, senders, 600);
    }

    @AfterEach
    void stop() {
        senders.shutdownNow();
        server.stop(0);
    }

    @Test
    void sessionsReadyTogetherGoInOneSignedBatchAndEachHearsItsOwnAnswer() throws Exception {
        int people = 40;
        ExecutorService youngPeople = Executors.newFixedThreadPool(people);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String eventId = (i % 10 == 0 ? "unknown-" : "att-") + i;
                answers.add(youngPeople.submit(() -> attendance.send(SITE, PROVIDER, item(eventId))));
            }
            for (int i = 0; i < people; i++) {
                assertThat(answers.get(i).get()).as("person " + i).isEqualTo(i % 10 == 0 ? "UNKNOWN_PLACEMENT" : null);
            }
        } finally {
            youngPeople.shutdownNow();
        }
        assertThat(badSignatures).isEmpty();
        assertThat(batches.stream().mapToInt(b -> b.path("events").size()).sum()).isEqualTo(people);
        assertThat(batches.size()).isLessThan(people / 4);
        assertThat(attendance.requests()).isEqualTo(batches.size());
        assertThat(problems.count()).isZero();
    }

    @Test
    void aRefusedBatchIsOneProblemAndEverySessionInItHearsSo() {
        webhookStatus = 401;
        assertThat(attendance.send(SITE, PROVIDER, item("att-1"))).isEqualTo(AttendanceBatches.BATCH_REFUSED);
        assertThat(problems.list()).singleElement().asString().contains("attendance batch of " + PROVIDER, "401");
    }

    @Test
    void aProviderTheRunDidNotRegisterIsRegisteredOnceWhenItsFirstBatchGoes() {
        String elsewhere = "bench-provider";
        assertThat(registrations).doesNotContain(elsewhere);

        assertThat(attendance.send(SITE, elsewhere, item("att-1"))).isNull();
        assertThat(attendance.send(SITE, elsewhere, item("att-2"))).isNull();

        assertThat(registrations).filteredOn(elsewhere::equals).hasSize(1);
        assertThat(badSignatures).isEmpty();
        assertThat(batches).hasSize(2);
        assertThat(problems.count()).isZero();
    }

    private static AttendanceBatches.Item item(String eventId) {
        return new AttendanceBatches.Item(UUID.randomUUID().toString(), eventId,
                new PersonPlan.Session(LocalDate.of(2025, 3, 1), AttendanceStatus.ATTENDED));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String answer;
        int status;
        if (path.endsWith("/activities")) {
            status = 201;
            answer = "{\"id\":\"" + UUID.randomUUID() + "\"}";
        } else if (path.endsWith("/credentials")) {
            String provider = path.split("/")[4];
            registrations.add(provider);
            secrets.put(provider, "whsec_" + provider);
            status = 201;
            answer = "{\"providerId\":\"" + provider + "\",\"secret\":\"whsec_" + provider + "\"}";
        } else if (path.endsWith("/attendance")) {
            status = webhookStatus;
            answer = status == 200 ? webhook(path.split("/")[4], exchange, new String(body, StandardCharsets.UTF_8))
                    : "{\"title\":\"Unauthorized\"}";
        } else {
            status = 404;
            answer = "{}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String webhook(String provider, HttpExchange exchange, String body) throws IOException {
        String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
        long t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        if (!WebhookSignature.header(secrets.get(provider), t, body).equals(signature)) {
            badSignatures.add(signature);
        }
        JsonNode batch = Api.JSON.readTree(body);
        batches.add(batch);
        List<Map<String, String>> rejected = new ArrayList<>();
        for (JsonNode event : batch.path("events")) {
            if (event.path("eventId").asText().startsWith("unknown-")) {
                rejected.add(Map.of("eventId", event.path("eventId").asText(), "reason", "UNKNOWN_PLACEMENT"));
            }
        }
        return Api.write(Map.of("accepted", batch.path("events").size() - rejected.size(), "duplicates", 0,
                "rejected", rejected));
    }
}
