package org.pathway.reporting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.testkit.Tokens;

/** Who may read which site's reports, and how bad parameters are answered. */
@QuarkusTest
class ReportAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"uptake", "timeliness", "attendance", "outcomes", "cost", "sites"})
    void aPlatformResearcherSeesEverySite(String report) {
        given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .get("/reports/" + report)
                .then().statusCode(200)
                .body("sites", contains("cardiff-vale", "north-london"));
    }

    @Test
    void aSiteAdminSeesOnlyTheirOwnSite() {
        given().auth().oauth2(Tokens.site("north-london", "admin", "site-admin"))
                .get("/reports/uptake")
                .then().statusCode(200)
                .body("sites", contains("north-london"))
                .body("rows.group", everyItem(equalTo("north-london")));
        given().auth().oauth2(Tokens.site("cardiff-vale", "admin", "site-admin"))
                .get("/reports/sites?site=cardiff-vale")
                .then().statusCode(200)
                .body("rows.site", contains("cardiff-vale"));
    }

    @Test
    void aSiteAdminAskingForAnotherSiteIsForbidden() {
        given().auth().oauth2(Tokens.site("north-london", "admin", "site-admin"))
                .get("/reports/uptake?site=cardiff-vale")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.site("north-london", "admin", "site-admin"))
                .get("/dashboard?site=north-london&site=cardiff-vale")
                .then().statusCode(403);
    }

    static Stream<Arguments> forbiddenTokens() {
        return Stream.of(
                Arguments.of("a researcher role from a site issuer", Tokens.site("north-london", "r", "researcher")),
                Arguments.of("a link worker", Tokens.site("north-london", "w", "link-worker")),
                Arguments.of("a referrer", Tokens.site("cardiff-vale", "t", "referrer")),
                Arguments.of("a site admin role from the platform issuer", Tokens.platform("p", "site-admin")),
                Arguments.of("a platform admin", Tokens.platform("p", "platform-admin")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenTokens")
    void otherRolesAreForbidden(String who, String token) {
        given().auth().oauth2(token).get("/reports/uptake").then().statusCode(403);
        given().auth().oauth2(token).get("/dashboard").then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get("/reports/uptake").then().statusCode(401);
        given().get("/dashboard").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"groupBy=colour|groupBy", "from=2025-13-01|from", "to=yesterday|to",
            "from=2025-02-01&to=2025-01-01|to", "site=atlantis|site"})
    void invalidParametersAreProblemsNamingTheParameter(String queryAndField) {
        String[] parts = queryAndField.split("\\|");
        given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .get("/reports/uptake?" + parts[0])
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parts[1]));
    }

    @Test
    void theSitesReportIsGroupedBySiteOnly() {
        given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .get("/reports/sites?groupBy=gender")
                .then().statusCode(422)
                .body("errors.field", hasItem("groupBy"));
    }

    @Test
    void theDashboardIsSelfContainedHtmlWithCharts() {
        given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .get("/dashboard")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<svg"))
                .body(containsString("Uptake funnel"))
                .body(containsString("Median days from referral to first contact"))
                .body(containsString("Cost per accepted participant"))
                .body(not(containsString("<script")))
                .body(not(containsString("src=")))
                .body(not(containsString("<link")));
    }

    @Test
    void aSiteAdminsDashboardShowsOnlyTheirSite() {
        given().auth().oauth2(Tokens.site("cardiff-vale", "admin", "site-admin"))
                .get("/dashboard")
                .then().statusCode(200)
                .body(containsString("cardiff-vale"))
                .body(not(containsString("north-london")));
    }
}
