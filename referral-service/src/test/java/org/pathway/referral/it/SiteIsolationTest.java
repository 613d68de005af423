package org.pathway.referral.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;
import org.pathway.testkit.Tokens;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.as;

/** Real tokens from both site issuers: nothing crosses from one site to the other. */
@QuarkusTest
class SiteIsolationTest {

    private static final String EVERY_ROLE = "referrer,link-worker,site-admin";

    @Test
    void aTokenFromAnotherSiteCanNeitherCreateReadListNorAudit() {
        String northId = Referrals.accepted(NORTH_LONDON);
        String cardiff = Tokens.site(CARDIFF_VALE, "cardiff-everyone", EVERY_ROLE.split(","));

        as(cardiff).body(Referrals.body().toString()).post("/sites/north-london/referrals").then().statusCode(403);
        as(cardiff).get("/sites/north-london/referrals/" + northId).then().statusCode(403);
        as(cardiff).get("/sites/north-london/referrals").then().statusCode(403);
        as(cardiff).get("/sites/north-london/audit").then().statusCode(403);
        as(cardiff).body("{\"scope\": \"all\"}").post("/sites/north-london/referrals/" + northId + "/withdraw")
                .then().statusCode(403);
    }

    @Test
    void aReferralOfOneSiteDoesNotExistAtTheOther() {
        String cardiffId = Referrals.accepted(CARDIFF_VALE);
        String north = Tokens.site(NORTH_LONDON, "north-everyone", EVERY_ROLE.split(","));

        as(north).get("/sites/north-london/referrals/" + cardiffId).then().statusCode(404);
        as(north).get("/sites/north-london/referrals?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(cardiffId)));
        as(north).queryParam("subject", cardiffId).get("/sites/north-london/audit").then().statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.site(CARDIFF_VALE, "cardiff-admin", "site-admin")).queryParam("subject", cardiffId)
                .get("/sites/cardiff-vale/audit").then().statusCode(200)
                .body("items.siteId", everyItem(equalTo(CARDIFF_VALE)));
    }
}
