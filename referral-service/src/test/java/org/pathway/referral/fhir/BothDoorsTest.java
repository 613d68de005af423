package org.pathway.referral.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.referral.Referrals;
import org.pathway.testkit.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.referrer;

/** The FHIR door is a second door to the same intake: one young person through each makes the same referral. */
@QuarkusTest
class BothDoorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FhirSupport fhir;

    @Test
    void theSameYoungPersonAsJsonAtOneSiteAndAsFhirAtTheOtherMakesTheSameReferralAndEvents() throws Exception {
        BarsExamples.Case youngPerson = BarsExamples.Case.fresh();
        ObjectNode json = sameAsTheEnglandExample(youngPerson.nhsNumber());

        String byJson = Referrals.post(NORTH_LONDON, json).then().statusCode(201).extract().path("id");
        String byFhir = FhirProcessMessageTest.referralId(FhirProcessMessageTest.serviceRequest(fhir.json()
                .parseResource(Bundle.class, BarsExamples.post(CARDIFF_VALE, referrer(CARDIFF_VALE),
                        youngPerson.bundle(BarsExamples.ENGLAND)).then().statusCode(200).extract().asString())));

        ObjectNode storedByJson = stored(NORTH_LONDON, byJson);
        ObjectNode storedByFhir = stored(CARDIFF_VALE, byFhir);
        assertThat(storedByJson.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(storedByFhir).isEqualTo(storedByJson);
        assertThat(events(participant(CARDIFF_VALE, byFhir))).isEqualTo(events(participant(NORTH_LONDON, byJson)));
    }

    /** The England example's young person, referrer and findings, as the JSON door takes them. */
    private static ObjectNode sameAsTheEnglandExample(String nhsNumber) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"externalReference": "RND-%s", "referredAt": "2021-11-26",
                 "referrer": {"organisationCode": "RND", "name": "Marcy BLAKE"},
                 "youngPerson": {"nhsNumber": "%s", "givenName": "Julie", "familyName": "Jones",
                   "dateOfBirth": "2005-03-14", "gender": "female", "ethnicCategory": "A", "postcode": "LS10 4YU",
                   "languagePreference": "en", "contact": {"phone": "07736312544", "email": "jjones@hotmail.co.uk"}},
                 "presentingNeeds": ["anxiety", "other"], "severity": "moderate", "riskLevel": "low",
                 "consent": {"youngPerson": true, "guardian": false}}
                """.formatted(UUID.randomUUID(), nhsNumber));
    }

    /** The stored referral without what differs by door and site: ids, site, receipt time, sender's reference. */
    private static ObjectNode stored(String site, String id) throws Exception {
        ObjectNode view = (ObjectNode) JSON.readTree(Referrals.as(linkWorker(site))
                .get("/sites/" + site + "/referrals/" + id).then().statusCode(200).extract().asString());
        view.remove(List.of("id", "participantId", "siteId", "receivedAt", "externalReference"));
        return view;
    }

    private static String participant(String site, String id) {
        return Referrals.as(linkWorker(site)).get("/sites/" + site + "/referrals/" + id).then().statusCode(200)
                .extract().path("participantId");
    }

    /** The participant's events in order: type and data, without the pseudonym, site, referral id and times. */
    private static List<Map.Entry<String, JsonNode>> events(String participant) {
        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(Topics.REFERRALS,
                all -> all.stream().anyMatch(r -> participant.equals(r.key())), Duration.ofSeconds(60));
        return records.stream().filter(r -> participant.equals(r.key())).map(r -> {
            try {
                ObjectNode data = (ObjectNode) JSON.readTree(r.value());
                data.remove(List.of("participantId", "siteId", "referralId", "receivedAt", "acceptedAt"));
                String type = new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                return Map.entry(type, (JsonNode) data);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
