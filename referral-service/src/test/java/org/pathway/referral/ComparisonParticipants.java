package org.pathway.referral;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.function.Consumer;

/** Comparison-participant registrations for the integration tests: a referral body as a link worker sends it. */
public final class ComparisonParticipants {

    private ComparisonParticipants() {
    }

    /** {@link Referrals#body()} registered by the site: no referrer, no external reference, {@code registeredOn}. */
    public static ObjectNode body(String registeredOn) {
        ObjectNode body = Referrals.body();
        body.remove("referredAt");
        body.remove("referrer");
        body.remove("externalReference");
        // Before every registration date the tests use (the example's is after some of them).
        body.put("waitingListSince", "2026-06-01");
        if (registeredOn != null) {
            body.put("registeredOn", registeredOn);
        }
        return body;
    }

    public static ObjectNode body(String registeredOn, Consumer<ObjectNode> change) {
        ObjectNode body = body(registeredOn);
        change.accept(body);
        return body;
    }

    public static Response register(String site, String token, ObjectNode body) {
        return Referrals.as(token).body(body.toString()).post("/sites/" + site + "/comparison-participants");
    }

    public static Response register(String site, ObjectNode body) {
        return register(site, Referrals.linkWorker(site), body);
    }
}
