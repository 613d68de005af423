package org.pathway.referral.fhir;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.pathway.referral.Referrals;

import static io.restassured.RestAssured.given;

/**
 * The published BaRS example Bundles under {@code src/test/resources/bars} (see SOURCES.md there), each test's
 * copy with its own NHS number, ServiceRequest full URL and Bundle id, so tests sharing one database never meet
 * as duplicates or replays.
 */
public final class BarsExamples {

    public static final String ENGLAND = "nhse-validation-request.json";
    public static final String ENGLAND_AS_PUBLISHED = "nhse-validation-request.original.json";
    public static final String WALES = "nhsw-referral.json";
    public static final String WALES_CANCEL = "nhsw-cancel-revoked.json";
    /** In every published example: fails modulus 11, so tests put a valid one in its place. */
    public static final String PUBLISHED_NHS_NUMBER = "3478526985";
    public static final String PUBLISHED_SERVICE_REQUEST = "236bb75d-90ef-461f-b71e-fde7f899802c";
    public static final String ENGLAND_BUNDLE_ID = "86e3371d-1c15-4862-9552-d9560f8292ba";
    public static final String WALES_BUNDLE_ID = "3f6b7c2e-9d1a-4c8b-a5e4-7b2d1f0c9e8a";
    public static final String WALES_CANCEL_BUNDLE_ID = "a961e68a-50e9-4988-9b14-4bfa4629d761";

    private BarsExamples() {
    }

    /** One referral of one young person, sent as one or more messages. */
    public record Case(String nhsNumber, String serviceRequest) {
        public static Case fresh() {
            return new Case(Referrals.nhsNumber(), UUID.randomUUID().toString());
        }

        /** The example with this case's NHS number and ServiceRequest, and a Bundle id of its own. */
        public String bundle(String example) {
            String text = read(example).replace(PUBLISHED_NHS_NUMBER, nhsNumber)
                    .replace(PUBLISHED_SERVICE_REQUEST, serviceRequest);
            for (String id : new String[] {ENGLAND_BUNDLE_ID, WALES_BUNDLE_ID, WALES_CANCEL_BUNDLE_ID}) {
                text = text.replace("\"" + id + "\"", "\"" + UUID.randomUUID() + "\"");
            }
            return text;
        }
    }

    public static String read(String example) {
        try (InputStream in = BarsExamples.class.getResourceAsStream("/bars/" + example)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing example " + example, e);
        }
    }

    public static Response post(String site, String token, String bundle) {
        return post(site, token, bundle, UUID.randomUUID().toString());
    }

    public static Response post(String site, String token, String bundle, String requestId) {
        return given().urlEncodingEnabled(false).auth().oauth2(token).contentType("application/fhir+json")
                .header("X-Request-Id", requestId).header("X-Correlation-Id", UUID.randomUUID().toString())
                .body(bundle).post("/sites/" + site + "/fhir/$process-message");
    }
}
