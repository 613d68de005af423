package org.pathway.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pathway.reporting.support.ReportClient.cells;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.reporting.domain.statistics.Frequencies;
import org.pathway.reporting.domain.statistics.Welch;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.testkit.Tokens;

/**
 * The two arms, fed through Kafka, referred (registered) 2024-07-01. At each site six pathway participants with
 * SWEMWBS metricScore 20 at baseline and 20 + 1 … 6 at 3 months. At north-london six comparison participants
 * (accepted today, as referral-service stamps a registration) with 20 at baseline (day 0) and 20 or 21 at 3 months
 * (day 91), none at 6 months; at cardiff-vale three.
 */
@QuarkusTest
class ArmReportsTest {

    static final String MONTH = "from=2024-07-01&to=2024-07-31";
    static final String NORTH = "site=north-london&" + MONTH;
    static final String CARDIFF = "site=cardiff-vale&" + MONTH;

    @Inject
    DataSource dataSource;

    private static boolean fed;

    @BeforeEach
    void feed() {
        if (fed) {
            return;
        }
        EventFeed feed = new EventFeed(dataSource);
        int number = 0;
        for (String site : List.of("north-london", "cardiff-vale")) {
            for (int i = 1; i <= 6; i++) {
                send(feed, journey(site, ++number).accepted().outcome("SWEMWBS", "baseline", 0, score(20))
                        .outcome("SWEMWBS", "3m", 91, score(20 + i)));
            }
            int comparison = site.equals("north-london") ? 6 : 3;
            for (int i = 1; i <= comparison; i++) {
                send(feed, journey(site, ++number).comparison(Instant.now())
                        .outcome("SWEMWBS", "baseline", 0, score(20)).outcome("SWEMWBS", "3m", 91, score(20 + i % 2)));
            }
        }
        feed.awaitConsumed();
        fed = true;
    }

    @Test
    void thePathwaysReportsCountThePathwayArmOnly() {
        cells(row(report("uptake", NORTH), "north-london"), "referred 6, accepted 6");
        JsonNode outcomes = report("outcomes", NORTH);
        cells(outcomes.get("totals").get(1), "n 6, changeN 6, meanChange 3.5");
        for (String other : List.of("uptake", "timeliness", "attendance", "cost", "sites")) {
            given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                    .get("/reports/" + other + "?" + NORTH + "&groupBy=arm")
                    .then().statusCode(422).body(Matchers.containsString("groupBy"));
        }
    }

    @Test
    void outcomesAndRetentionGroupedByArm() {
        JsonNode outcomes = report("outcomes", NORTH + "&groupBy=arm");
        assertThat(outcomes.get("rows")).hasSize(4);
        cells(measure(outcomes, "comparison", "3m"), "n 6, changeN 6, meanChange 0.5");
        cells(measure(outcomes, "pathway", "3m"), "n 6, changeN 6, meanChange 3.5");
        cells(outcomes.get("totals").get(1), "n 12, changeN 12, meanChange 2.0");

        // the comparison arm's follow-up counts from registration (2024-07-01), not from the acceptance stamped
        // today: every timepoint is due, and 6 months missing
        JsonNode retention = report("retention", NORTH + "&groupBy=arm");
        cells(measure(retention, "comparison", "baseline"), "due 6, inWindow 6, late 0, missing 0");
        cells(measure(retention, "comparison", "3m"), "due 6, inWindow 6, late 0, missing 0");
        cells(measure(retention, "comparison", "6m"), "due 6, inWindow 0, late 0, missing 6, inWindowRate 0.0");
        cells(measure(retention, "pathway", "6m"), "due 6, missing 6");
        // without groupBy=arm: the pathway arm alone
        cells(report("retention", NORTH).get("totals").get(0), "due 6, inWindow 6");
    }

    @Test
    void theDifferenceBetweenTheArmsWithWelchsIntervalLabelledDescriptive() {
        JsonNode difference = report("outcomes/difference", NORTH);

        assertThat(difference.get("descriptive").asBoolean()).isTrue();
        assertThat(difference.get("note").asText()).contains("not a trial result");
        assertThat(difference.get("rows")).hasSize(1);
        JsonNode row = difference.get("rows").get(0);
        assertThat(row.get("instrument").asText()).isEqualTo("SWEMWBS");
        assertThat(row.get("timepoint").asText()).isEqualTo("3m");
        cells(row, "pathwayN 6, comparisonN 6, pathwayMeanChange 3.5, comparisonMeanChange 0.5, difference 3.0");
        Welch welch = Welch.of(Frequencies.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)),
                Frequencies.of(List.of(1.0, 0.0, 1.0, 0.0, 1.0, 0.0)));
        assertThat(row.get("differenceCiLower").get("value").asDouble()).isCloseTo(welch.ciLower(), within(0.0005));
        assertThat(row.get("differenceCiUpper").get("value").asDouble()).isCloseTo(welch.ciUpper(), within(0.0005));
        assertThat(row.get("welchDf").get("value").asDouble()).isCloseTo(welch.df(), within(0.0005));
        // se² = 3.5/6 + 0.3/6, df = se⁴ / ((3.5/6)²/5 + (0.3/6)²/5) = 5.851
        assertThat(welch.df()).isCloseTo(5.851, within(0.001));

        String csv = given().auth().oauth2(Tokens.platform("analyst", "researcher")).accept("text/csv")
                .get("/reports/outcomes/difference?" + NORTH).then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("instrument,score,timepoint,pathwayN,pathwayNSuppressed,pathwayMeanChange");
    }

    @Test
    void anArmOfOneToFourIsWithheldWithEverythingDerivedFromIt() {
        JsonNode row = report("outcomes/difference", CARDIFF).get("rows").get(0);

        cells(row, "pathwayN 6, pathwayMeanChange 3.5, comparisonN withheld, comparisonMeanChange withheld, "
                + "difference withheld, differenceCiLower withheld, differenceCiUpper withheld, welchDf withheld");
    }

    @Test
    void aSiteAdminSeesTheirOwnSiteOnly() throws Exception {
        String admin = Tokens.site("north-london", "admin", "site-admin");
        given().auth().oauth2(admin).get("/reports/outcomes/difference?" + CARDIFF).then().statusCode(403);
        given().auth().oauth2(admin).get("/reports/retention?" + CARDIFF + "&groupBy=arm").then().statusCode(403);

        JsonNode own = new ObjectMapper().readTree(given().auth().oauth2(admin).accept("application/json")
                .get("/reports/outcomes/difference?" + MONTH).then().statusCode(200).extract().asString());
        assertThat(own.get("sites")).hasSize(1);
        assertThat(own.get("sites").get(0).asText()).isEqualTo("north-london");
        cells(own.get("rows").get(0), "pathwayN 6, comparisonN 6");

        given().auth().oauth2(Tokens.site("north-london", "worker", "link-worker"))
                .get("/reports/outcomes/difference?" + MONTH).then().statusCode(403);
        given().get("/reports/outcomes/difference?" + MONTH).then().statusCode(401);
        given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .get("/reports/outcomes/difference?" + NORTH + "&groupBy=site").then().statusCode(422)
                .body(Matchers.containsString("groupBy"));
    }

    private static JsonNode measure(JsonNode report, String group, String timepoint) {
        for (JsonNode row : report.get("rows")) {
            if (group.equals(row.get("group").asText()) && timepoint.equals(row.get("timepoint").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + group + " " + timepoint);
    }

    private static Map<String, Double> score(int value) {
        return Map.of("metricScore", (double) value);
    }

    private static Journey journey(String site, int number) {
        return Journey.of(site, Journey.participantId("AR", number), LocalDate.parse("2024-07-01"));
    }

    private static void send(EventFeed feed, Journey journey) {
        journey.events().forEach(event -> feed.send(journey.siteId(), event));
    }
}
