package org.pathway.referral.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.pathway.referral.Referrals;

import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.siteAdmin;

/** Registering a referring organisation and posting its referrals, for the referrer-message tests. */
final class ReferrerMessaging {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private ReferrerMessaging() {
    }

    /** A fresh ODS-shaped code, so tests sharing one database do not see each other's messages. */
    static String odsCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static Response register(String site, String odsCode, String endpoint, String format) {
        return as(siteAdmin(site)).body("{\"endpoint\": \"" + endpoint + "\", \"format\": \"" + format + "\"}")
                .put("/sites/" + site + "/referrers/" + odsCode);
    }

    static ObjectNode bodyFrom(String odsCode) {
        return Referrals.body(body -> ((ObjectNode) body.get("referrer")).put("organisationCode", odsCode));
    }

    /** Posts an eligible referral of the organisation; returns its id. */
    static String accepted(String site, String odsCode) {
        return Referrals.post(site, bodyFrom(odsCode)).then().statusCode(201).extract().path("id");
    }

    static Response messages(String site, String token, String referralId) {
        return as(token).get("/sites/" + site + "/referrals/" + referralId + "/messages");
    }
}
