package org.pathway.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.shown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;

/**
 * Ten cardiff-vale participants referred 2025-08-04, each with a SWEMWBS baseline and 3m score, whose
 * outcomes are all stored before their referral arrives: five girls aged 14 and five boys aged 17. The
 * outcomes report reads the referral date and attributes from copies on the outcome rows, so those
 * copies must follow a referral that comes last.
 */
@QuarkusTest
class OutcomesBeforeReferralTest {

    static final String SITE = "cardiff-vale";
    static final String PERIOD = "site=cardiff-vale&from=2025-08-01&to=2025-08-31";
    static final LocalDate REFERRED = LocalDate.parse("2025-08-04");

    @Inject
    DataSource dataSource;

    @Test
    void outcomesGroupedByAnAttributeFollowAReferralThatArrivesLast() {
        // female: baseline 20 21 22 23 24, 3m 23 23 24 25 25; male: baseline 15 16 17 18 19, 3m 15 17 17 18 18
        double[][] female = {{20, 21, 22, 23, 24}, {23, 23, 24, 25, 25}};
        double[][] male = {{15, 16, 17, 18, 19}, {15, 17, 17, 18, 18}};
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            journeys.add(journey(i + 1, 14, "female", female[0][i], female[1][i]));
            journeys.add(journey(i + 6, 17, "male", male[0][i], male[1][i]));
        }
        // Events of different topics are consumed independently: the referrals are sent once every outcome is in.
        EventFeed feed = new EventFeed(dataSource);
        for (Journey journey : journeys) {
            journey.events().stream().filter(event -> !(event instanceof ReferralReceived))
                    .forEach(event -> feed.send(SITE, event));
        }
        feed.awaitConsumed();
        // Without their referral date the outcomes are in no period.
        assertThat(report("outcomes", PERIOD + "&groupBy=gender").get("totals")).isEmpty();

        journeys.forEach(journey -> feed.send(SITE, journey.received()));
        feed.awaitConsumed();

        JsonNode byGender = report("outcomes", PERIOD + "&groupBy=gender");
        // female 3m: mean 24, sd √(4/4) = 1; changes 3 2 2 2 1 → mean 2
        JsonNode girls = outcome(byGender.get("rows"), "female", "3m");
        shown(girls, "n", 5);
        shown(girls, "mean", 24);
        shown(girls, "sd", 1);
        shown(girls, "meanChange", 2);
        // male 3m: mean 17, sd √(6/4) = 1.225; changes 0 1 0 0 -1 → mean 0
        JsonNode boys = outcome(byGender.get("rows"), "male", "3m");
        shown(boys, "n", 5);
        shown(boys, "mean", 17);
        shown(boys, "sd", 1.225);
        shown(boys, "meanChange", 0);
        shown(outcome(byGender.get("rows"), "female", "baseline"), "mean", 22);
        shown(outcome(byGender.get("rows"), "male", "baseline"), "mean", 17);

        JsonNode byAgeBand = report("outcomes", PERIOD + "&groupBy=ageBand");
        shown(outcome(byAgeBand.get("rows"), "14-15", "3m"), "mean", 24);
        shown(outcome(byAgeBand.get("rows"), "16-18", "3m"), "mean", 17);
        // all ten at 3m: mean 20.5
        JsonNode all = outcome(byAgeBand.get("totals"), "all", "3m");
        shown(all, "n", 10);
        shown(all, "mean", 20.5);
        assertThat(byAgeBand.get("totals")).isEqualTo(byGender.get("totals"));
    }

    private static Journey journey(int number, int age, String gender, double baseline, double threeMonths) {
        return Journey.of(SITE, Journey.participantId("BR", number), REFERRED)
                .profile(age, gender, "A", 5, "anxiety")
                .outcome("SWEMWBS", "baseline", 1, Map.of("metricScore", baseline))
                .outcome("SWEMWBS", "3m", 90, Map.of("metricScore", threeMonths));
    }

    private static JsonNode outcome(JsonNode rows, String group, String timepoint) {
        for (JsonNode row : rows) {
            if (row.get("group").asText().equals(group) && row.get("instrument").asText().equals("SWEMWBS")
                    && row.get("timepoint").asText().equals(timepoint)) {
                return row;
            }
        }
        throw new AssertionError("no outcome row for " + group + " at " + timepoint);
    }
}
