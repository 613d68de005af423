package org.pathway.reporting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.cells;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.row;
import static org.pathway.reporting.support.ReportClient.shown;
import static org.pathway.reporting.support.ReportClient.withheld;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.testkit.Tokens;

/**
 * A known cohort fed through Kafka, and every report checked against numbers worked out by hand.
 *
 * <p>north-london, referred 2025-01-06 (days below count from then; placements on day 10 at 500p a
 * session, weekly sessions from day 11; 45 link-worker minutes at first contact):
 * <pre>
 *  n1 female  accepted contact d2  placed AAAAAA SUSTAINED  SWEMWBS baseline 18, 3m 21
 *  n2 female  accepted contact d4  placed MAAA   ENGAGED    baseline 20, 3m 22
 *  n3 female  accepted contact d6  placed MMMA   CONNECTED  baseline 22, 3m 22
 *  n4 male    accepted contact d8  placed AMAM   CONNECTED  baseline 19, 3m 23
 *  n5 male    accepted contact d10 placed MM                baseline 21, 3m 22
 *  n6 male    accepted contact d12                          baseline 20
 *  n7 female  accepted contact d14
 *  n8 male    accepted contact d20
 *  n9 female  accepted
 *  n10 male   declined
 *  n11 male   accepted, referred 2024-12-20: outside the reporting period, counts nowhere
 * </pre>
 * cardiff-vale, referred 2025-01-13 (placements at 800p; 30 link-worker minutes; 3000p an hour):
 * <pre>
 *  c1 female     accepted contact d3 placed AAA ENGAGED    baseline 25
 *  c2 non-binary accepted contact d5 placed A   CONNECTED  baseline 23
 *  c3 male       accepted contact d7
 *  c4 female     accepted contact d9
 *  c5 non-binary accepted
 *  c6 female     declined
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundTruthReportsTest {

    static final String NL = "north-london";
    static final String CV = "cardiff-vale";
    static final String PERIOD = "from=2025-01-01&to=2025-01-31";
    static final LocalDate NL_REFERRED = LocalDate.parse("2025-01-06");
    static final LocalDate CV_REFERRED = LocalDate.parse("2025-01-13");

    @Inject
    DataSource dataSource;

    @BeforeAll
    void feedTheCohort() {
        EventFeed feed = new EventFeed(dataSource);
        for (Journey journey : cohort()) {
            journey.events().forEach(event -> feed.send(journey.siteId(), event));
        }
        feed.awaitConsumed();
    }

    static List<Journey> cohort() {
        return List.of(
                nl(1).gender("female").accepted().contacted(2, 45).placed(10, 500).sessions("AAAAAA")
                        .status("SUSTAINED").outcome("SWEMWBS", "baseline", 1, swemwbs(18)).outcome("SWEMWBS", "3m", 90, swemwbs(21)),
                nl(2).gender("female").accepted().contacted(4, 45).placed(10, 500).sessions("MAAA")
                        .status("ENGAGED").outcome("SWEMWBS", "baseline", 1, swemwbs(20)).outcome("SWEMWBS", "3m", 90, swemwbs(22)),
                nl(3).gender("female").accepted().contacted(6, 45).placed(10, 500).sessions("MMMA")
                        .status("CONNECTED").outcome("SWEMWBS", "baseline", 1, swemwbs(22)).outcome("SWEMWBS", "3m", 90, swemwbs(22)),
                nl(4).gender("male").accepted().contacted(8, 45).placed(10, 500).sessions("AMAM")
                        .status("CONNECTED").outcome("SWEMWBS", "baseline", 1, swemwbs(19)).outcome("SWEMWBS", "3m", 90, swemwbs(23)),
                nl(5).gender("male").accepted().contacted(10, 45).placed(10, 500).sessions("MM")
                        .outcome("SWEMWBS", "baseline", 1, swemwbs(21)).outcome("SWEMWBS", "3m", 90, swemwbs(22)),
                nl(6).gender("male").accepted().contacted(12, 45).outcome("SWEMWBS", "baseline", 1, swemwbs(20)),
                nl(7).gender("female").accepted().contacted(14, 45),
                nl(8).gender("male").accepted().contacted(20, 45),
                nl(9).gender("female").accepted(),
                nl(10).gender("male").declined(),
                Journey.of(NL, Journey.participantId("GT", 11), LocalDate.parse("2024-12-20")).gender("male").accepted()
                        .contacted(1, 600),
                cv(1).gender("female").accepted().contacted(3, 30).placed(10, 800).sessions("AAA").status("ENGAGED")
                        .outcome("SWEMWBS", "baseline", 1, swemwbs(25)),
                cv(2).gender("non-binary").accepted().contacted(5, 30).placed(10, 800).sessions("A").status("CONNECTED")
                        .outcome("SWEMWBS", "baseline", 1, swemwbs(23)),
                cv(3).gender("male").accepted().contacted(7, 30),
                cv(4).gender("female").accepted().contacted(9, 30),
                cv(5).gender("non-binary").accepted(),
                cv(6).gender("female").declined());
    }

    @Test
    void uptakeBySiteSuppressesSmallCountsAndTheCellThatWouldGiveThemAway() {
        JsonNode uptake = report("uptake", PERIOD + "&groupBy=site");
        assertThat(uptake.get("sites").toString()).isEqualTo("[\"cardiff-vale\",\"north-london\"]");
        JsonNode nl = row(uptake, NL);
        JsonNode cv = row(uptake, CV);
        JsonNode all = uptake.get("total");
        assertThat(all.get("group").asText()).isEqualTo("all");
        // referred 10 + 6 = 16 (n11 was referred before the period); accepted 9 + 5 = 14
        // declined 1 + 1: both withheld, and the total of 2 too
        // contacted 8 + 4 = 12: cardiff's 4 is withheld, so north-london's 8 is too (12 - 8 would give 4)
        // placed 5 + 2 = 7: same secondary suppression
        // connected 4 + 2 = 6; engaged 2 + 1 = 3 (total withheld too); sustained 1 + 0
        // rates: 9/10, 5/6, 14/16, 7/14, 6/7; any rate over a withheld count is withheld
        cells(nl, "referred 10, accepted 9, declined withheld, contacted withheld, placed withheld,"
                + " connected withheld, engaged withheld, sustained withheld, acceptanceRate 0.9, placementRate withheld");
        cells(cv, "referred 6, accepted 5, declined withheld, contacted withheld, placed withheld,"
                + " connected withheld, engaged withheld, sustained 0, acceptanceRate 0.833, connectionRate withheld");
        cells(all, "referred 16, accepted 14, declined withheld, contacted 12, placed 7, connected 6, engaged withheld,"
                + " sustained withheld, withdrawn 0, acceptanceRate 0.875, placementRate 0.5, connectionRate 0.857,"
                + " engagementRate withheld");
    }

    @Test
    void uptakeByGenderWithholdsTheNextSmallestGroupToo() {
        JsonNode uptake = report("uptake", PERIOD + "&groupBy=gender");
        // female n1 n2 n3 n7 n9 c1 c4 c6 = 8, male n4 n5 n6 n8 n10 c3 = 6, non-binary c2 c5 = 2
        shown(row(uptake, "female"), "referred", 8);
        withheld(row(uptake, "non-binary"), "referred");
        withheld(row(uptake, "male"), "referred");
        shown(uptake.get("total"), "referred", 16);
        assertThat(uptake.get("rows")).hasSize(3);
    }

    @Test
    void timelinessGivesQuartilesOfDaysToContactAndToTheFirstSession() {
        JsonNode timeliness = report("timeliness", PERIOD + "&groupBy=site");
        // to contact: north-london 2 4 6 8 10 12 14 20 (n 8), cardiff-vale 3 5 7 9 (n 4, withheld, so 8 is too)
        cells(row(timeliness, CV), "daysToContactN withheld, daysToContactMedian withheld");
        cells(row(timeliness, NL), "daysToContactN withheld, daysToContactMedian withheld, daysToFirstSessionN withheld");
        // all 12 sorted 2 3 4 5 6 7 8 9 10 12 14 20, type 7: p25 at 2.75 → 4.75, median at 5.5 → 7.5, p75 at 8.25 → 10.5
        // to the first attended session: n1 11, n2 18, n3 32, n4 11, c1 11, c2 11 → 11 11 11 11 18 32
        // p25 at 1.25 → 11, median at 2.5 → 11, p75 at 3.75 → 11 + 0.75 × 7 = 16.25
        cells(timeliness.get("total"), "daysToContactN 12, daysToContactP25 4.75, daysToContactMedian 7.5,"
                + " daysToContactP75 10.5, daysToFirstSessionN 6, daysToFirstSessionP25 11, daysToFirstSessionMedian 11,"
                + " daysToFirstSessionP75 16.25");
    }

    @Test
    void attendanceGivesSessionsPerPlacedParticipantAndAdherence() {
        JsonNode attendance = report("attendance", PERIOD + "&groupBy=site");
        // placed 5 + 2: 2 withheld, so 5 is too; sessions attended 6 3 1 2 0 | 3 1
        // mean 16 / 7; sorted 0 1 1 2 3 3 6: p25 at 1.5 → 1, median 2, p75 at 4.5 → 3
        // adherent (attended ≥ half of attended + missed): n1 6/6, n2 3/4, n4 2/4, c1 3/3, c2 1/1; not n3 1/4, n5 0/2
        cells(row(attendance, CV), "placed withheld, adherent withheld");
        cells(row(attendance, NL), "placed withheld, sessionsAttendedMean withheld, adherent withheld,"
                + " adherenceRate withheld");
        cells(attendance.get("total"), "placed 7, sessionsAttendedMean 2.286, sessionsAttendedP25 1,"
                + " sessionsAttendedMedian 2, sessionsAttendedP75 3, adherent 5, adherenceRate 0.714");
    }

    @Test
    void costAddsActivitySessionsAndLinkWorkerTimeAtEachSitesRate() {
        JsonNode cost = report("cost", PERIOD + "&groupBy=site");
        // north-london: 12 sessions attended × 500 = 6000; 8 × 45 = 360 minutes × 2564 / 60 = 15384
        cells(row(cost, NL), "accepted 9, engaged withheld, activityPence 6000, linkWorkerPence 15384, totalPence 21384,"
                + " perAcceptedPence 2376, perEngagedPence withheld");
        // cardiff-vale: 4 × 800 = 3200; 4 × 30 = 120 minutes × 3000 / 60 = 6000
        cells(row(cost, CV), "activityPence 3200, linkWorkerPence 6000, totalPence 9200, perAcceptedPence 1840");
        // all: 30584 / 14 = 2184.57 → 2185; engaged 3 withheld
        cells(cost.get("total"), "totalPence 30584, perAcceptedPence 2185, engaged withheld, perEngagedPence withheld");
    }

    @Test
    void outcomesGiveScoresAndChangeFromBaselineWithAConfidenceInterval() {
        JsonNode outcomes = report("outcomes", PERIOD + "&groupBy=site");
        JsonNode nl3m = outcome(outcomes.get("rows"), NL, "3m");
        // 3m north-london: 21 22 22 23 22 → mean 22, sd √(2/4) = 0.707
        // changes 3 2 0 4 1: mean 2, sd √2.5, t(0.975, 4) = 2.776 → 2 ± 1.963
        cells(nl3m, "n 5, mean 22, sd 0.707, changeN 5, meanChange 2, changeCiLower 0.037, changeCiUpper 3.963");
        cells(outcome(outcomes.get("rows"), CV, "3m"), "n 0, mean empty");
        // baseline: north-london 6, cardiff-vale 2 (withheld, so 6 is too); all 8: mean 21, sd √(36/7) = 2.268
        withheld(outcome(outcomes.get("rows"), CV, "baseline"), "n");
        withheld(outcome(outcomes.get("rows"), NL, "baseline"), "mean");
        cells(outcome(outcomes.get("totals"), "all", "baseline"), "n 8, mean 21, sd 2.268");
    }

    @Test
    void sitesReportGivesEachSitesHeadlineAndFreshness() {
        JsonNode sites = report("sites", PERIOD);
        JsonNode nl = row(sites, NL);
        cells(nl, "referred 10, acceptanceRate 0.9, totalCostPence 21384, daysToContactMedian withheld");
        assertThat(nl.get("lastEventAt").isNull()).isFalse();
        assertThat(nl.get("lagSeconds").asLong()).isGreaterThanOrEqualTo(0);
        shown(sites.get("total"), "daysToContactMedian", 7.5);
    }

    /**
     * The sites report reads its cohorts its own way (two passes, one with a grouping set per reading);
     * each of its figures is the one the report it comes from shows grouped by site, for both sites,
     * whole store and one month, and for the total row.
     */
    @Test
    void sitesReportShowsTheFiguresOfTheReportsItSummarises() {
        for (String query : List.of(PERIOD, "from=2024-12-01&to=2024-12-31", "groupBy=site")) {
            JsonNode sites = report("sites", query);
            Map<String, JsonNode> reports = Map.of("uptake", report("uptake", query), "timeliness",
                    report("timeliness", query), "attendance", report("attendance", query), "cost", report("cost", query));
            Map<String, List<String>> figures = Map.of(
                    "uptake", List.of("referred", "accepted", "placed", "connected", "engaged", "acceptanceRate",
                            "placementRate"),
                    "timeliness", List.of("daysToContactMedian", "daysToFirstSessionMedian"),
                    "attendance", List.of("adherenceRate"),
                    "cost", List.of("totalPence:totalCostPence", "perAcceptedPence:costPerAcceptedPence"));
            figures.forEach((name, fields) -> fields.forEach(field -> {
                String there = field.split(":")[0];
                String here = field.contains(":") ? field.split(":")[1] : field;
                for (String site : List.of(NL, CV)) {
                    assertThat(row(sites, site).get(here)).as(query + " " + site + " " + here)
                            .isEqualTo(row(reports.get(name), site).get(there));
                }
                assertThat(sites.get("total").get(here)).as(query + " total " + here)
                        .isEqualTo(reports.get(name).get("total").get(there));
            }));
        }
    }

    /**
     * The all-groups row does not depend on the grouping: each report read by age band, gender,
     * ethnicity, deprivation or need has the same total as read by site.
     */
    @Test
    void everyGroupingGivesTheSameTotalAsGroupingBySite() {
        for (String name : List.of("uptake", "timeliness", "attendance", "cost", "outcomes")) {
            JsonNode bySite = report(name, PERIOD + "&groupBy=site");
            String total = name.equals("outcomes") ? "totals" : "total";
            for (String groupBy : List.of("ageBand", "gender", "ethnicity", "deprivation", "need")) {
                JsonNode grouped = report(name, PERIOD + "&groupBy=" + groupBy);
                assertThat(grouped.get(total)).as(name + " by " + groupBy).isEqualTo(bySite.get(total));
                assertThat(grouped.get("rows")).as(name + " by " + groupBy).isNotEmpty();
            }
        }
    }

    @Test
    void csvGivesTheSameRowsWithAHeaderAndASuppressedFlagPerCell() {
        String csv = given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .accept("text/csv")
                .get("/reports/uptake?" + PERIOD + "&groupBy=site")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("group,referred,referredSuppressed,accepted,acceptedSuppressed,declined,");
        assertThat(lines.get(2)).isEqualTo("north-london,10,false,9,false,,true,,true,,true,,true,,true,,true,0,false,"
                + "0.9,false,,true,,true,,true");
        assertThat(lines.get(3)).startsWith("all,16,false,14,false,,true,12,false,7,false,6,false,,true,,true,0,false,"
                + "0.875,false,0.5,false,0.857,false,,true");
    }

    private static JsonNode outcome(JsonNode rows, String group, String timepoint) {
        for (JsonNode row : rows) {
            if (row.get("group").asText().equals(group) && row.get("instrument").asText().equals("SWEMWBS")
                    && row.get("timepoint").asText().equals(timepoint) && row.get("score").asText().equals("metricScore")) {
                return row;
            }
        }
        throw new AssertionError("no outcome row for " + group + " at " + timepoint);
    }

    private static Journey nl(int number) {
        return Journey.of(NL, Journey.participantId("GT", number), NL_REFERRED);
    }

    private static Journey cv(int number) {
        return Journey.of(CV, Journey.participantId("GT", 100 + number), CV_REFERRED);
    }

    private static Map<String, Double> swemwbs(double metricScore) {
        return Map.of("metricScore", metricScore);
    }
}
