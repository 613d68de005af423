package org.pathway.referral.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.linkWorker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.pathway.referral.ComparisonParticipants;

/** A site with no pathway start date recruits no comparison group (its profile: north-london without one). */
@QuarkusTest
@TestProfile(ShortRetriesNoStartDate.class)
class ComparisonWithoutStartDateTest {

    @Test
    void registrationIsAConflictSayingTheSiteHasNoPathwayStartDate() {
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02")).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("pathwayStartDate"));
        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/settings").then().statusCode(200)
                .body("pathwayStartDate", nullValue());
    }
}
