package org.pathway.local.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pathway.chassis.security.Roles;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.TokenSource;
import org.pathway.local.simulate.NhsNumbers;
import org.pathway.local.stack.Endpoints;

/**
 * What the browser scenario needs to exist before a link worker signs in, made through the services' public APIs as
 * a trust and a site admin would: an activity with places, the referring organisation registered for messages back,
 * and a new referral of a young person who fits it.
 */
final class ServiceFixture {

    static final String SITE = "north-london";
    /** The scenario's referring organisation, of its own: registered for messages back, unlike the cohort's. */
    static final String REFERRER = "RWORKSPACE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoints endpoints;
    private final TokenSource tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServiceFixture(Endpoints endpoints, TokenSource tokens) {
        this.endpoints = endpoints;
        this.tokens = tokens;
    }

    /** An activity of a provider of its own, open to 11–18 year olds near the young person. */
    Activity activity(String run) {
        String provider = "workspace-" + run;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", provider);
        body.put("providerName", "Workspace test provider");
        body.put("name", "Art club " + run);
        body.put("category", "arts");
        body.put("description", "Painting and drawing for young people");
        body.put("minAge", 11);
        body.put("maxAge", 18);
        body.put("postcode", "N1 9GU");
        body.put("latitude", 51.5362);
        body.put("longitude", -0.1036);
        body.put("schedule", List.of(Map.of("day", "SATURDAY", "start", "10:00", "end", "12:00")));
        body.put("capacity", 8);
        body.put("costPerSessionPence", 500);
        body.put("accessibility", List.of("step-free"));
        body.put("languages", List.of("en"));
        body.put("active", true);
        JsonNode created = post(endpoints.matching().resolve("/sites/" + SITE + "/activities"),
                DemoUsers.atSite(Roles.SITE_ADMIN, SITE), body, 201);
        return new Activity(created.get("id").asText(), provider, created.get("name").asText());
    }

    /** A new, eligible referral from a trust: the young person the link worker finds in the caseload. */
    Referral referral(String run, LocalDate today) {
        String nhs = nhsNumber(Instant.now().getEpochSecond());
        Map<String, Object> youngPerson = new LinkedHashMap<>();
        youngPerson.put("nhsNumber", nhs);
        youngPerson.put("givenName", "Robin");
        youngPerson.put("familyName", "Browser");
        youngPerson.put("dateOfBirth", today.minusYears(14).minusDays(40).toString());
        youngPerson.put("gender", "female");
        youngPerson.put("ethnicCategory", "A");
        youngPerson.put("postcode", "N1 9GU");
        youngPerson.put("languagePreference", "en");
        youngPerson.put("contact", Map.of("phone", "07700900123"));
        youngPerson.put("guardian", Map.of("name", "Alex Browser", "phone", "07700900456", "relationship", "parent"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", "WORKSPACE-" + run);
        body.put("referredAt", today.toString());
        body.put("waitingListSince", today.minusDays(30).toString());
        body.put("referrer", Map.of("organisationCode", REFERRER, "name", "Dr A Clinician", "email", "a.clinician@nhs.net"));
        body.put("youngPerson", youngPerson);
        body.put("presentingNeeds", List.of("anxiety"));
        body.put("severity", "moderate");
        body.put("riskLevel", "low");
        body.put("consent", Map.of("youngPerson", true, "guardian", true, "research", true));
        body.put("interests", List.of("art"));
        body.put("accessibilityNeeds", List.of());
        body.put("notes", "Prefers weekend activities");
        JsonNode created = post(endpoints.referral().resolve("/sites/" + SITE + "/referrals"),
                DemoUsers.atSite(Roles.REFERRER, SITE), body, 201);
        if (!"ACCEPTED".equals(created.get("status").asText())) {
            throw new IllegalStateException("the scenario's referral was not accepted: " + created);
        }
        return new Referral(created.get("id").asText(), created.get("participantId").asText());
    }

    /** The scenario's referring organisation takes messages back (JSON) at that endpoint, as a site admin registers it. */
    void registerReferrer(URI endpoint) {
        send("PUT", endpoints.referral().resolve("/sites/" + SITE + "/referrers/" + REFERRER),
                DemoUsers.atSite(Roles.SITE_ADMIN, SITE), Map.of("endpoint", endpoint.toString(), "format", "json"), 201);
    }

    /** Posts an attendance batch signed with the secret: 200 means engagement-service took the signature. */
    int signedWebhook(String provider, String secret) {
        String body = "{\"events\":[{\"eventId\":\"workspace-check-1\",\"placementId\":\"00000000-0000-0000-0000-000000000000\","
                + "\"sessionDate\":\"" + LocalDate.now() + "\",\"status\":\"attended\"}]}";
        String header = WebhookSignature.header(secret, Instant.now().getEpochSecond(), body);
        HttpRequest request = HttpRequest.newBuilder(endpoints.engagement().resolve("/sites/" + SITE + "/providers/" + provider + "/attendance"))
                .header("Content-Type", "application/json").header(WebhookSignature.HEADER, header)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request).statusCode();
    }

    private JsonNode post(URI uri, String user, Object body, int expected) {
        return send("POST", uri, user, body, expected);
    }

    private JsonNode send(String method, URI uri, String user, Object body, int expected) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.accessToken(user))
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid NHS number far from the simulator's (its serials start at 100,000,000 and count up). */
    private static String nhsNumber(long seed) {
        for (long serial = 900_000_000L + Math.floorMod(seed * 7, 90_000_000L); ; serial++) {
            String nine = String.valueOf(serial);
            int check = NhsNumbers.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    record Activity(String id, String providerId, String name) {
    }

    record Referral(String id, String participantId) {
    }
}
