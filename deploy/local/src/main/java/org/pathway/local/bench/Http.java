package org.pathway.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pathway.local.identity.TokenSource;

/** JSON over HTTP/1.1 with the demo users' Keycloak tokens; no retries (a failure is a figure). */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final TokenSource tokens;

    Http(TokenSource tokens) {
        this.tokens = tokens;
    }

    Response get(URI uri, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.accessToken(user)).GET().build());
    }

    Response post(URI uri, String user, String json, Map<String, String> headers) throws IOException, InterruptedException {
        return post(uri, user, json, "application/json", headers);
    }

    /** A POST of a body of this media type, answered in the same (JSON, FHIR JSON). */
    Response post(URI uri, String user, String body, String mediaType, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", mediaType)
                .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.accessToken(user));
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The same POST without waiting: for an open-loop sender, where answers may be slower than the rate. */
    CompletableFuture<Response> postAsync(URI uri, String user, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + tokens.accessToken(user));
        headers.forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Response(response.statusCode(), response.body()));
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
