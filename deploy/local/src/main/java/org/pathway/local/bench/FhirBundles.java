package org.pathway.local.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The FHIR door's input for {@code pathway bench}: one BaRS referral message Bundle per referral of
 * {@link ReferralBodies}, so both doors take the same young people. The Bundle is NHS England's published
 * validation-request example (as the referral-service's tests change it for our eligibility: a 16-year-old with an
 * anxiety Condition of moderate severity and a low-risk Flag; {@code resources/bench/SOURCES.md}) with the
 * referral's NHS number and names, and a ServiceRequest and Bundle id of its own, so no two are replays or
 * duplicates of each other.
 */
final class FhirBundles {

    static final String MEDIA_TYPE = "application/fhir+json";

    private static final String TEMPLATE_RESOURCE = "/bench/bars-referral.json";
    private static final String NHS_NUMBER = "\"3478526985\"";
    private static final String SERVICE_REQUEST = "236bb75d-90ef-461f-b71e-fde7f899802c";
    private static final String BUNDLE_ID = "\"86e3371d-1c15-4862-9552-d9560f8292ba\"";
    private static final String FAMILY = "\"family\": \"Jones\"";
    private static final String GIVEN = "\"Julie\"";
    private static final String NAME_TEXT = "\"Mrs Julie Jones\"";

    private final String template;

    private FhirBundles(String template) {
        for (String placeholder : new String[] {NHS_NUMBER, SERVICE_REQUEST, BUNDLE_ID, FAMILY, GIVEN, NAME_TEXT}) {
            if (!template.contains(placeholder)) {
                throw new IllegalStateException(TEMPLATE_RESOURCE + " lacks " + placeholder);
            }
        }
        this.template = template;
    }

    static FhirBundles load() {
        try (InputStream in = FhirBundles.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + TEMPLATE_RESOURCE);
            }
            return new FhirBundles(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + TEMPLATE_RESOURCE, e);
        }
    }

    /** The referral as a BaRS message Bundle. */
    String of(ReferralBodies.Referral referral) {
        JsonNode youngPerson = referral.body().path("youngPerson");
        String given = Http.write(youngPerson.path("givenName").asText());
        String family = Http.write(youngPerson.path("familyName").asText());
        String text = Http.write(youngPerson.path("givenName").asText() + " " + youngPerson.path("familyName").asText());
        return template.replace(NHS_NUMBER, "\"" + referral.nhsNumber() + "\"")
                .replace(SERVICE_REQUEST, UUID.randomUUID().toString())
                .replace(BUNDLE_ID, "\"" + UUID.randomUUID() + "\"")
                .replace(FAMILY, "\"family\": " + family)
                .replace(GIVEN, given)
                .replace(NAME_TEXT, text);
    }

    /**
     * One FHIR intake: the next referral as a Bundle to {@code $process-message} with the BaRS headers; a success is a
     * {@code 200} whose answer accepted it.
     */
    ClosedLoop.Operation intake(Http http, URI processMessage, String user, ReferralBodies bodies) {
        return (worker, sequence) -> {
            Http.Response response = http.post(processMessage, user, of(bodies.next()), MEDIA_TYPE,
                    Map.of("X-Request-Id", UUID.randomUUID().toString(),
                            "X-Correlation-Id", UUID.randomUUID().toString()));
            return response.status() == 200 && accepted(response.json());
        };
    }

    /** Whether a {@code 200} answer's ServiceRequest says the referral was accepted ({@code status: active}). */
    static boolean accepted(JsonNode response) {
        for (JsonNode entry : response.path("entry")) {
            JsonNode resource = entry.path("resource");
            if ("ServiceRequest".equals(resource.path("resourceType").asText())) {
                return "active".equals(resource.path("status").asText());
            }
        }
        return false;
    }
}
