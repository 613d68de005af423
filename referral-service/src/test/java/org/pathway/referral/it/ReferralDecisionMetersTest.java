package org.pathway.referral.it;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Meters;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.body;
import static org.pathway.referral.Referrals.post;

/** Intake's decisions show on the management port as {@code pathway_referral_decisions_total}, by site and outcome. */
@QuarkusTest
class ReferralDecisionMetersTest {

    private static final String DECISIONS = "pathway_referral_decisions_total";

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void anAcceptedAndADeclinedReferralEachCountOnceAndAReplayNotAtAll() {
        double accepted = decisions(NORTH_LONDON, "accepted", "none");
        double highRisk = decisions(NORTH_LONDON, "declined", "high-risk");
        double cardiff = Meters.scrape(management).value(DECISIONS, "site", CARDIFF_VALE);

        String key = UUID.randomUUID().toString();
        var eligible = body();
        post(NORTH_LONDON, eligible, key).then().statusCode(201);
        post(NORTH_LONDON, eligible, key).then().statusCode(200);
        post(NORTH_LONDON, body(b -> b.put("riskLevel", "high"))).then().statusCode(201);

        assertThat(decisions(NORTH_LONDON, "accepted", "none")).isEqualTo(accepted + 1);
        assertThat(decisions(NORTH_LONDON, "declined", "high-risk")).isEqualTo(highRisk + 1);
        assertThat(Meters.scrape(management).value(DECISIONS, "site", CARDIFF_VALE)).isEqualTo(cardiff);
    }

    @Test
    void theDecisionsCarryNoIdentifiableData() {
        var referral = body();
        post(NORTH_LONDON, referral).then().statusCode(201);
        String metrics = Meters.scrape(management).text();
        assertThat(metrics).doesNotContain(referral.get("youngPerson").get("nhsNumber").asText())
                .doesNotContain(referral.get("youngPerson").get("familyName").asText())
                .doesNotContain(referral.get("externalReference").asText());
    }

    private double decisions(String site, String outcome, String reason) {
        return Meters.scrape(management).value(DECISIONS, "site", site, "arm", "pathway", "outcome", outcome, "reason", reason);
    }
}
