package org.pathway.referral;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;

/**
 * Referral bodies and calls for the integration tests. Every body gets its own NHS number and
 * external reference, so tests sharing one database never decline each other as duplicates.
 */
public final class Referrals {

    public static final String NORTH_LONDON = "north-london";
    public static final String CARDIFF_VALE = "cardiff-vale";

    private Referrals() {
    }

    /** The API.md example with a fresh NHS number and external reference. */
    public static ObjectNode body() {
        ObjectNode body = ReferralExample.tree();
        body.put("externalReference", "RWX-" + UUID.randomUUID());
        youngPerson(body).put("nhsNumber", nhsNumber());
        return body;
    }

    public static ObjectNode body(Consumer<ObjectNode> change) {
        ObjectNode body = body();
        change.accept(body);
        return body;
    }

    public static ObjectNode youngPerson(ObjectNode body) {
        return (ObjectNode) body.get("youngPerson");
    }

    /** A random NHS number with a valid modulus 11 check digit. */
    public static String nhsNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check == 10) {
                continue;
            }
            StringBuilder number = new StringBuilder();
            for (int digit : digits) {
                number.append(digit);
            }
            return number.append(check).toString();
        }
    }

    public static String referrer(String site) {
        return Tokens.site(site, "referrer-" + site, "referrer");
    }

    public static String linkWorker(String site) {
        return Tokens.site(site, "link-worker-" + site, "link-worker");
    }

    public static String siteAdmin(String site) {
        return Tokens.site(site, "site-admin-" + site, "site-admin");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    public static Response post(String site, ObjectNode body) {
        return as(referrer(site)).body(body.toString()).post("/sites/" + site + "/referrals");
    }

    public static Response post(String site, ObjectNode body, String idempotencyKey) {
        return as(referrer(site)).header("Idempotency-Key", idempotencyKey).body(body.toString())
                .post("/sites/" + site + "/referrals");
    }

    /** Posts a referral that the site accepts and returns its id. */
    public static String accepted(String site) {
        return post(site, body()).then().statusCode(201).extract().path("id");
    }

    public static Response action(String site, String token, String id, String verb, String json) {
        return as(token).body(json).post("/sites/" + site + "/referrals/" + id + "/" + verb);
    }
}
