package org.pathway.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.ExtractClient;
import org.pathway.reporting.support.ExtractFigures;
import org.pathway.reporting.support.Journey;

/**
 * The extract carries everything the reports count: uptake, attendance, cost and outcomes worked out from the
 * three extracts alone (in {@link ExtractFigures}, independently of the report builders) equal every figure
 * the reports publish. Fourteen participants referred in November 2025, seven at each site; two declined,
 * the others contacted, placed, at sessions of their own pattern, with SWEMWBS at baseline and 3 months; and
 * twelve comparison participants registered the same month, with SWEMWBS at baseline and (nine of them) 3 months,
 * who change no figure of the pathway's reports and are in the extract with their arm, from which outcomes by arm
 * and the arm difference are worked out again too.
 */
@QuarkusTest
class ExtractRecomputationTest {

    static final String PERIOD = "from=2025-11-01&to=2025-11-30";
    static final List<String> SESSIONS = List.of("AAAA", "AAMA", "AMMC", "AAAAAA", "MMA", "AACA");

    @Inject
    DataSource dataSource;

    @Test
    void everyFigureOfTheReportsFollowsFromTheExtractAlone() {
        EventFeed feed = new EventFeed(dataSource);
        for (int i = 1; i <= 14; i++) {
            String site = i % 2 == 0 ? "north-london" : "cardiff-vale";
            Journey journey = Journey.of(site, Journey.participantId("XR", i), LocalDate.parse("2025-11-03").plusDays(i));
            if (i % 7 == 0) {
                journey.declined();
            } else {
                String sessions = SESSIONS.get(i % SESSIONS.size());
                long attended = sessions.chars().filter(c -> c == 'A').count();
                journey.accepted().contacted(2 + i % 3, 30 + 5 * i).placed(5 + i % 4, 300 + 50 * (i % 3))
                        .sessions(sessions).status(i % 5 == 0 ? "SUSTAINED" : attended >= 3 ? "ENGAGED" : "CONNECTED")
                        .outcome("SWEMWBS", "baseline", 1, Map.of("metricScore", 18.0 + i % 5))
                        .outcome("SWEMWBS", "3m", 95, Map.of("metricScore", 20.0 + (i * 7) % 6));
            }
            journey.events().forEach(event -> feed.send(site, event));
        }
        // the comparison arm: registered in the same month, accepted (as referral-service stamps it) today,
        // questionnaires only
        for (int i = 1; i <= 12; i++) {
            String site = i % 2 == 0 ? "north-london" : "cardiff-vale";
            Journey journey = Journey.of(site, Journey.participantId("XC", i), LocalDate.parse("2025-11-03").plusDays(i))
                    .comparison(Instant.now())
                    .outcome("SWEMWBS", "baseline", 0, Map.of("metricScore", 19.0 + i % 4));
            if (i % 4 != 0) {
                journey.outcome("SWEMWBS", "3m", 93, Map.of("metricScore", 19.0 + (i * 5) % 7));
            }
            journey.events().forEach(event -> feed.send(site, event));
        }
        feed.awaitConsumed();

        ExtractFigures figures = new ExtractFigures(ExtractClient.lines("participants", PERIOD),
                ExtractClient.lines("sessions", PERIOD), ExtractClient.lines("measures", PERIOD));
        assertThat(figures.participants()).hasSize(14 + 12);
        assertThat(figures.participants()).filteredOn(p -> p.get("arm").asText().equals("comparison")).hasSize(12);

        int compared = 0;
        for (String name : List.of("uptake", "attendance", "cost")) {
            JsonNode report = report(name, PERIOD);
            for (JsonNode row : report.get("rows")) {
                compared += figures.compare(name, row, row.get("group").asText());
            }
            compared += figures.compare(name, report.get("total"), "all");
        }
        JsonNode outcomes = report("outcomes", PERIOD);
        for (JsonNode row : outcomes.get("rows")) {
            compared += figures.compare("outcomes", row, row.get("group").asText());
        }
        for (JsonNode row : outcomes.get("totals")) {
            compared += figures.compare("outcomes", row, "all");
        }
        // every shown cell of the total rows at least: 13 uptake, 6 attendance, 7 cost, 2 × 8 outcomes
        assertThat(compared).isGreaterThanOrEqualTo(13 + 6 + 7 + 16);
        assertThat(report("uptake", PERIOD).get("total").get("referred").get("value").asInt()).isEqualTo(14);

        int byArm = 0;
        JsonNode outcomesByArm = report("outcomes", PERIOD + "&groupBy=arm");
        for (JsonNode row : outcomesByArm.get("rows")) {
            byArm += figures.compareByArm("outcomes", row, row.get("group").asText());
        }
        for (JsonNode row : outcomesByArm.get("totals")) {
            byArm += figures.compareByArm("outcomes", row, "all");
        }
        // both arms and all, at baseline and 3m, seven cells each: every cell shown (n ≥ 9 everywhere)
        assertThat(byArm).isEqualTo(3 * 2 * 7);
        JsonNode difference = report("outcomes/difference", PERIOD);
        assertThat(difference.get("descriptive").asBoolean()).isTrue();
        assertThat(difference.get("rows")).hasSize(1);
        // 3m SWEMWBS metricScore: 12 pathway and 9 comparison changes, every cell shown
        assertThat(figures.compareDifference(difference.get("rows").get(0))).isEqualTo(8);
    }
}
