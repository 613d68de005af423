package org.pathway.local.simulate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.pathway.local.identity.TokenSource;

/** JSON over HTTP to the services' public APIs, with the demo users' bearer tokens. */
final class Api {

    /** A response: its status and its JSON body ({@code MissingNode} when there was none). */
    record Response(int status, JsonNode body) {

        boolean is(int expected) {
            return status == expected;
        }

        /** The problem's title and detail, or the status alone, for messages. */
        String describe() {
            String title = body.path("title").asText("");
            String detail = body.path("detail").asText("");
            String errors = body.has("errors") ? " " + body.get("errors") : "";
            return status + (title.isEmpty() ? "" : " " + title) + (detail.isEmpty() ? "" : ": " + detail) + errors;
        }
    }

    /** The services could not be reached at all. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int ATTEMPTS = 3;
    /** How many times a request answered 503 with {@code Retry-After} is repeated after the wait it asks for. */
    private static final int BUSY_REPEATS = 3;
    /**
     * Requests on their way at once. Enough to keep four services busy on loopback; more would only
     * wait in their queues (and towards {@link #TIMEOUT}) while the young people who wait for an
     * event or a batch need no connection at all.
     */
    static final int IN_FLIGHT = 32;

    private final HttpClient http;
    private final TokenSource tokens;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger patientRetries = new AtomicInteger();
    /**
     * How long a request keeps being repeated while its service cannot be reached or answers 500, 502, 503 or 504
     * (a service restarting, its database down); zero: a few quick attempts on connection failures only. The
     * reliability drills set it, as a patient client would. Either way, a 503 that says when to ask again
     * ({@code Retry-After}: the service's database was busy) is repeated after that wait, up to {@link #BUSY_REPEATS}
     * times, as any careful client would.
     */
    private volatile Duration patience = Duration.ZERO;

    Api(TokenSource tokens) {
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Response get(URI uri, String user) {
        return send(authorised(HttpRequest.newBuilder(uri), user).GET());
    }

    Response post(URI uri, String user, Object body) {
        return post(uri, user, body, Map.of());
    }

    Response post(URI uri, String user, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(uri), user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return send(request);
    }

    /** A POST of exactly these bytes without a bearer token (the signed webhook). */
    Response postRaw(URI uri, String rawBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody));
        headers.forEach(request::header);
        return send(request);
    }

    void patience(Duration patience) {
        this.patience = patience;
    }

    /** How many times a request was repeated because of {@link #patience} or a 503's {@code Retry-After}. */
    int patientRetries() {
        return patientRetries.get();
    }

    /** How many requests were sent, retries included. */
    int requests() {
        return requests.get();
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write JSON", e);
        }
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        return request.timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.accessToken(user));
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        if (patience.isZero()) {
            return sendAttempts(request);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 250;
        while (true) {
            Response response = null;
            try {
                response = sendAttempts(request);
                if (!(response.is(500) || response.is(502) || response.is(503) || response.is(504))) {
                    return response;
                }
            } catch (Unreachable e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                return response;
            }
            patientRetries.incrementAndGet();
            sleep(pause);
            pause = Math.min(2000, pause * 2);
        }
    }

    private Response sendAttempts(HttpRequest request) {
        IOException last = null;
        int busy = 0;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response;
                inFlight.acquire();
                try {
                    requests.incrementAndGet();
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } finally {
                    inFlight.release();
                }
                OptionalLong retryAfter = response.statusCode() == 503
                        ? response.headers().firstValueAsLong("Retry-After") : OptionalLong.empty();
                if (retryAfter.isPresent() && busy++ < BUSY_REPEATS) {
                    // the service could not take it now (its database busy) and says when to ask again
                    patientRetries.incrementAndGet();
                    attempt--;
                    sleep(Math.min(10, retryAfter.getAsLong()) * 1000);
                    continue;
                }
                String body = response.body();
                JsonNode json = body == null || body.isBlank() ? JSON.missingNode() : parse(body);
                return new Response(response.statusCode(), json);
            } catch (IOException e) {
                last = e;
                sleep(200L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new Unreachable(request.method() + " " + request.uri() + " failed: " + last, last);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
