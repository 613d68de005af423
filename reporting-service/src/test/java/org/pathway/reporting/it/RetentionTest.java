package org.pathway.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.cells;
import static org.pathway.reporting.support.ReportClient.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.testkit.Tokens;

/**
 * Eight north-london participants referred and accepted 2025-09-01; the report's date is today, so every
 * timepoint is due. Six complete SWEMWBS at baseline (day 0) and 3 months (day 95, in the window of day
 * 91 ± 21); one at baseline (day 2) and late at 3 months (day 130); one at baseline (day 1), then withdraws
 * consent to future collection on day 30, before 3 months were due.
 */
@QuarkusTest
class RetentionTest {

    static final String SITE = "north-london";
    static final String PERIOD = "site=north-london&from=2025-09-01&to=2025-09-30";
    static final Map<String, Double> SCORES = Map.of("metricScore", 20.0);

    @Inject
    DataSource dataSource;

    @Test
    void countsEachTimepointInWindowLateMissingAndWithdrawnBeforeDue() {
        EventFeed feed = new EventFeed(dataSource);
        for (int i = 1; i <= 6; i++) {
            send(feed, journey(i).outcome("SWEMWBS", "baseline", 0, SCORES).outcome("SWEMWBS", "3m", 95, SCORES));
        }
        send(feed, journey(7).outcome("SWEMWBS", "baseline", 2, SCORES).outcome("SWEMWBS", "3m", 130, SCORES));
        Journey leaving = journey(8).outcome("SWEMWBS", "baseline", 1, SCORES);
        send(feed, leaving);
        feed.send(SITE, new ReferralWithdrawn(leaving.participantId(), UUID.randomUUID(), leaving.at(30), "future"));
        feed.awaitConsumed();

        JsonNode report = report("retention", PERIOD);

        assertThat(report.get("rows")).hasSize(3);
        cells(row(report, "baseline"), "due 8, inWindow 8, late 0, missing 0, withdrawnBeforeDue 0, inWindowRate 1.0");
        cells(row(report, "3m"), "due 7, inWindow 6, late withheld, missing 0, withdrawnBeforeDue withheld, "
                + "inWindowRate 0.857");
        cells(row(report, "6m"), "due 7, inWindow 0, late 0, missing 7, withdrawnBeforeDue withheld, inWindowRate 0.0");
        assertThat(report.get("totals")).hasSize(3);

        String csv = given().auth().oauth2(Tokens.platform("analyst", "researcher")).accept("text/csv")
                .get("/reports/retention?" + PERIOD).then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("group,timepoint,due,dueSuppressed,inWindow,inWindowSuppressed");
        assertThat(lines).hasSize(7);
        assertThat(lines.get(2)).startsWith("north-london,3m,7,false,6,false,,true,0,false,,true");
    }

    private static JsonNode row(JsonNode report, String timepoint) {
        for (JsonNode row : report.get("rows")) {
            if (timepoint.equals(row.get("timepoint").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + timepoint);
    }

    private static Journey journey(int number) {
        return Journey.of(SITE, Journey.participantId("RT", number), LocalDate.parse("2025-09-01")).accepted();
    }

    private static void send(EventFeed feed, Journey journey) {
        journey.events().forEach(event -> feed.send(SITE, event));
    }
}
