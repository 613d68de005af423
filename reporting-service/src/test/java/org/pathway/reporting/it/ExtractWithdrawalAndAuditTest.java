package org.pathway.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.cells;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.row;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.pathway.reporting.support.ExtractClient;
import org.pathway.reporting.support.Journey;
import org.pathway.testkit.Tokens;

/**
 * Five north-london participants referred 2025-12-01, placed on day 5 with weekly sessions on days 6, 13,
 * 20 and 27, and SWEMWBS at baseline on day 1. The first later withdraws all consent; the second consent
 * to future collection on day 16.
 */
@QuarkusTest
class ExtractWithdrawalAndAuditTest {

    static final String SITE = "north-london";
    static final String PERIOD = "site=north-london&from=2025-12-01&to=2025-12-31";

    @Inject
    DataSource dataSource;

    @Test
    void aWithdrawnParticipantIsAbsentFromTheNextExtractAndEveryDownloadIsAudited() {
        EventFeed feed = new EventFeed(dataSource);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Journey journey = Journey.of(SITE, Journey.participantId("XW", i), LocalDate.parse("2025-12-01"))
                    .accepted().contacted(2, 45).placed(5, 500).sessions("AAAA")
                    .outcome("SWEMWBS", "baseline", 1, Map.of("metricScore", 21.0));
            journey.events().forEach(event -> feed.send(SITE, event));
            journeys.add(journey);
        }
        feed.awaitConsumed();
        int auditedBefore = ExtractClient.audit().size();

        List<JsonNode> before = ExtractClient.lines("participants", PERIOD);
        assertThat(before).hasSize(5);
        assertThat(ExtractClient.lines("sessions", PERIOD)).hasSize(5 * 4 + 5);

        Journey leaving = journeys.get(0);
        Journey stopping = journeys.get(1);
        feed.send(SITE, new ReferralWithdrawn(leaving.participantId(), UUID.randomUUID(), leaving.at(30), "all"));
        feed.send(SITE, new ReferralWithdrawn(stopping.participantId(), UUID.randomUUID(), stopping.at(16), "future"));
        feed.awaitConsumed();

        List<JsonNode> after = ExtractClient.lines("participants", PERIOD);
        List<JsonNode> sessions = ExtractClient.lines("sessions", PERIOD);
        List<JsonNode> measures = ExtractClient.lines("measures", PERIOD);
        assertThat(after).hasSize(4);
        List<String> beforeIds = before.stream().map(line -> line.get("studyId").asText()).toList();
        List<String> afterIds = after.stream().map(line -> line.get("studyId").asText()).toList();
        List<String> gone = new ArrayList<>(beforeIds);
        gone.removeAll(afterIds);
        assertThat(gone).hasSize(1);
        String leaver = gone.get(0);
        assertThat(sessions).noneMatch(line -> line.get("studyId").asText().equals(leaver));
        assertThat(measures).noneMatch(line -> line.get("studyId").asText().equals(leaver)).hasSize(4);
        // the one who stopped: sessions on days 6 and 13 and contact on day 2 stay; those on days 20 and 27 are gone
        JsonNode stopper = after.stream().filter(line -> line.hasNonNull("withdrawnOn")).findFirst().orElseThrow();
        assertThat(stopper.get("withdrawnOn").asText()).isEqualTo("2025-12-17");
        assertThat(stopper.get("withdrawalScope").asText()).isEqualTo("future");
        List<JsonNode> stoppersSessions = sessions.stream()
                .filter(line -> line.get("studyId").equals(stopper.get("studyId"))).toList();
        assertThat(stoppersSessions).extracting(line -> line.get("sessionDate").asText())
                .containsExactly("2025-12-03", "2025-12-07", "2025-12-14");
        assertThat(sessions).allMatch(line -> !line.get("studyId").equals(stopper.get("studyId"))
                || !LocalDate.parse(line.get("sessionDate").asText()).isAfter(LocalDate.parse("2025-12-17")));

        String csv = ExtractClient.csv("participants", PERIOD);
        assertThat(csv.lines().count()).isEqualTo(5);
        ExtractClient.lines("dictionary", "site=" + SITE);

        JsonNode audit = ExtractClient.audit();
        assertThat(audit.size() - auditedBefore).isEqualTo(7);
        List<JsonNode> mine = new ArrayList<>();
        audit.forEach(mine::add);
        mine = mine.subList(auditedBefore, mine.size());
        assertThat(mine).extracting(line -> line.get("extract").asText()).containsExactly(
                "participants", "sessions", "participants", "sessions", "measures", "participants", "dictionary");
        assertThat(mine).extracting(line -> line.get("rows").asInt()).containsExactly(5, 25, 4, 3 * 5 + 3, 4, 4,
                mine.get(6).get("rows").asInt());
        assertThat(mine).extracting(line -> line.get("format").asText())
                .containsExactly("jsonl", "jsonl", "jsonl", "jsonl", "jsonl", "csv", "jsonl");
        assertThat(mine).allSatisfy(line -> {
            assertThat(line.get("downloadedBy").asText()).isEqualTo(ExtractClient.RESEARCHER);
            assertThat(line.get("downloadedAt").asText()).isNotBlank();
        });
        assertThat(mine.get(0).get("sites").asText()).isEqualTo(SITE);
        assertThat(mine.get(0).get("from").asText()).isEqualTo("2025-12-01");
        assertThat(mine.get(0).get("to").asText()).isEqualTo("2025-12-31");
    }

    /** Two cardiff-vale participants referred 2025-12-08; the second did not consent to research use of their data. */
    @Test
    void theExtractCarriesStudyIdsAndCoarseAttributesOnlyOfThoseWhoConsentedToResearch() {
        EventFeed feed = new EventFeed(dataSource);
        Journey journey = Journey.of("cardiff-vale", Journey.participantId("XS", 1), LocalDate.parse("2025-12-08"))
                .accepted();
        journey.events().forEach(event -> feed.send("cardiff-vale", event));
        Journey refusing = Journey.of("cardiff-vale", Journey.participantId("XS", 2), LocalDate.parse("2025-12-08"))
                .accepted().withoutResearchConsent().contacted(1, 30);
        refusing.events().forEach(event -> feed.send("cardiff-vale", event));
        feed.awaitConsumed();
        cells(row(report("uptake", "site=cardiff-vale&from=2025-12-08&to=2025-12-08"), "cardiff-vale"),
                "referred withheld, accepted withheld");

        String body = given().auth().oauth2(Tokens.platform("analyst", "researcher")).accept("application/x-ndjson")
                .get("/extracts/participants?site=cardiff-vale&from=2025-12-08&to=2025-12-08")
                .then().statusCode(200).extract().asString();

        assertThat(body).doesNotContain(journey.participantId()).contains("\"studyId\":\"S-")
                .contains("\"postcodeDistrict\":\"N1\"").contains("\"ageAtReferral\":14");
        assertThat(body.lines()).hasSize(1);
        assertThat(ExtractClient.lines("sessions", "site=cardiff-vale&from=2025-12-08&to=2025-12-08")).isEmpty();
    }

    @Test
    void onlyPlatformResearchersMayDownloadExtracts() {
        given().auth().oauth2(Tokens.site(SITE, "admin", "site-admin")).accept("text/csv")
                .get("/extracts/participants?" + PERIOD).then().statusCode(403);
        given().auth().oauth2(Tokens.site(SITE, "worker", "link-worker"))
                .get("/extracts/audit").then().statusCode(403);
        given().get("/extracts/measures").then().statusCode(401);
        given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .get("/extracts/sessions?from=2025-13-01").then().statusCode(422);
    }
}
