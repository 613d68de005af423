package org.pathway.referral.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.Topics;
import org.pathway.referral.Referrals;
import org.pathway.testkit.EventSchemas;
import org.pathway.testkit.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.action;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.youngPerson;

@QuarkusTest
class ReferralEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CONTACT = "{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"in-person\"}";

    @Test
    void eachStepPublishesItsCloudEventInOrderAndWithinItsSchema() {
        Response accepted = Referrals.post(NORTH_LONDON, Referrals.body());
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), accepted.path("id"), "contact", CONTACT).then().statusCode(200);
        // A repeat (its first answer lost) publishes nothing again: the sequences below are exact.
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), accepted.path("id"), "contact", CONTACT).then().statusCode(200);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), accepted.path("id"), "close", "{\"reason\": \"completed\"}")
                .then().statusCode(200);
        Response declined = Referrals.post(NORTH_LONDON,
                Referrals.body(b -> b.put("severity", "severe")));
        Response youngPersonDeclined = Referrals.post(NORTH_LONDON, Referrals.body());
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), youngPersonDeclined.path("id"), "decline", "{}")
                .then().statusCode(200);
        Response withdrawn = Referrals.post(NORTH_LONDON, Referrals.body());
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), withdrawn.path("id"), "withdraw", "{\"scope\": \"all\"}")
                .then().statusCode(200);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), withdrawn.path("id"), "withdraw", "{\"scope\": \"all\"}")
                .then().statusCode(200);

        Map<String, List<String>> expected = Map.of(
                accepted.path("participantId"), List.of("received", "accepted", "contacted", "closed"),
                declined.path("participantId"), List.of("received", "declined"),
                youngPersonDeclined.path("participantId"), List.of("received", "accepted", "declined"),
                withdrawn.path("participantId"), List.of("received", "accepted", "withdrawn"));
        Map<String, List<ConsumerRecord<String, String>>> byParticipant = await(expected);

        byParticipant.forEach((participantId, records) -> {
            assertThat(records).extracting(r -> header(r, "ce_type"))
                    .containsExactlyElementsOf(expected.get(participantId).stream()
                            .map(step -> "pathway.referral." + step + ".v1").toList());
            for (ConsumerRecord<String, String> record : records) {
                assertThat(record.key()).isEqualTo(participantId);
                assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
                assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
                assertThat(header(record, "ce_source")).isEqualTo("/sites/north-london/referral");
                assertThat(header(record, "ce_subject")).isEqualTo(participantId);
                assertThat(header(record, "ce_siteid")).isEqualTo(NORTH_LONDON);
                assertThat(header(record, "ce_time")).isNotNull();
                assertThat(header(record, "content-type")).isEqualTo("application/json");
                EventType type = EventType.fromType(header(record, "ce_type")).orElseThrow();
                assertThat(EventSchemas.validate(type.type(), record.value())).as(type + " " + record.value()).isEmpty();
            }
        });
        assertThat(value(byParticipant, accepted.path("participantId"), "accepted"))
                .contains("\"snomedCode\":\"871731000000106\"", "\"postcodeDistrict\":\"N1\"", "\"ageAtReferral\":15");
        assertThat(value(byParticipant, declined.path("participantId"), "declined"))
                .contains("\"reason\":\"SEVERITY_NOT_MODERATE\"").doesNotContain("snomedCode");
        assertThat(value(byParticipant, youngPersonDeclined.path("participantId"), "declined"))
                .contains("\"reason\":\"YOUNG_PERSON_DECLINED\"", "\"snomedCode\":\"871711000000103\"");
        assertThat(value(byParticipant, withdrawn.path("participantId"), "withdrawn")).contains("\"scope\":\"all\"");
    }

    @Test
    void noEventCarriesAnIdentifierTheTrustSent() {
        List<String> identifiers = new ArrayList<>();
        Map<String, List<String>> expected = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode body = distinctiveReferral(i);
            identifiers.addAll(identifiersOf(body));
            Response created = Referrals.post(NORTH_LONDON, body);
            created.then().statusCode(201);
            String id = created.path("id");
            action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(200);
            action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "withdraw", "{\"scope\": \"future\"}")
                    .then().statusCode(200);
            expected.put(created.path("participantId"), List.of("received", "accepted", "contacted", "withdrawn"));
        }
        await(expected);

        List<ConsumerRecord<String, String>> everything = TestKafka.records(Topics.REFERRALS);

        assertThat(everything).isNotEmpty().allSatisfy(record -> {
            String wire = record.key() + " " + record.value() + " " + headers(record);
            for (String identifier : identifiers) {
                assertThat(wire).as("an event on the topic").doesNotContainIgnoringCase(identifier);
            }
        });
    }

    @Test
    void intakeWorksWhileKafkaIsDownAndEveryEventArrivesOnceWhenItReturns() {
        List<String> participants = new ArrayList<>();
        TestKafka.stop();
        try {
            for (int i = 0; i < 4; i++) {
                Response created = Referrals.post(NORTH_LONDON, Referrals.body());
                created.then().statusCode(201);
                participants.add(created.path("participantId"));
            }
        } finally {
            TestKafka.start();
        }
        Map<String, List<String>> expected = participants.stream()
                .collect(Collectors.toMap(p -> p, p -> List.of("received", "accepted")));
        await(expected);

        Map<String, List<ConsumerRecord<String, String>>> settled = mine(TestKafka.records(Topics.REFERRALS),
                expected.keySet());

        for (String participant : participants) {
            List<String> ids = settled.get(participant).stream().map(r -> header(r, "ce_id")).toList();
            assertThat(ids).as(participant).hasSize(2).doesNotHaveDuplicates();
        }
    }

    private static ObjectNode distinctiveReferral(int i) {
        return Referrals.body(b -> {
            ObjectNode person = youngPerson(b);
            person.put("givenName", "Zephyrine" + (char) ('a' + i));
            person.put("familyName", "Quennell-Abbott" + (char) ('a' + i));
            person.put("dateOfBirth", "2012-03-1" + i);
            person.put("postcode", "CF10 1E" + (char) ('P' + i));
            ((ObjectNode) person.get("contact")).put("phone", "0770090098" + i)
                    .put("email", "zephyrine" + i + "@example.org");
            ((ObjectNode) person.get("guardian")).put("name", "Morwenna Quennell" + i).put("phone", "0770090065" + i);
            ((ObjectNode) b.get("referrer")).put("name", "Dr Ignatius Pembleton" + i)
                    .put("email", "i.pembleton" + i + "@nhs.net");
            b.put("notes", "Enjoys kite surfing at Penarth " + i);
        });
    }

    private static List<String> identifiersOf(ObjectNode body) {
        ObjectNode person = youngPerson(body);
        String postcode = person.get("postcode").asText();
        return List.of(person.get("nhsNumber").asText(), person.get("givenName").asText(),
                person.get("familyName").asText(), person.get("dateOfBirth").asText(), postcode,
                postcode.replace(" ", ""), person.get("contact").get("phone").asText(),
                person.get("contact").get("email").asText(), person.get("guardian").get("name").asText(),
                person.get("guardian").get("phone").asText(), body.get("referrer").get("name").asText(),
                body.get("referrer").get("email").asText(), body.get("notes").asText(),
                body.get("externalReference").asText());
    }

    /** Waits until every participant has at least its expected events, then returns theirs, in topic order. */
    private static Map<String, List<ConsumerRecord<String, String>>> await(Map<String, List<String>> expected) {
        Predicate<List<ConsumerRecord<String, String>>> complete = records -> {
            Map<String, List<ConsumerRecord<String, String>>> mine = mine(records, expected.keySet());
            return expected.entrySet().stream()
                    .allMatch(e -> mine.getOrDefault(e.getKey(), List.of()).size() >= e.getValue().size());
        };
        return mine(TestKafka.awaitRecords(Topics.REFERRALS, complete, WAIT), expected.keySet());
    }

    private static Map<String, List<ConsumerRecord<String, String>>> mine(
            List<ConsumerRecord<String, String>> records, Set<String> participants) {
        return records.stream().filter(r -> participants.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key));
    }

    private static String value(Map<String, List<ConsumerRecord<String, String>>> byParticipant, String participant,
                                String step) {
        return byParticipant.get(participant).stream()
                .filter(r -> ("pathway.referral." + step + ".v1").equals(header(r, "ce_type")))
                .findFirst().orElseThrow().value();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String headers(ConsumerRecord<String, String> record) {
        StringBuilder all = new StringBuilder();
        for (Header header : record.headers()) {
            all.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)).append(' ');
        }
        return all.toString();
    }
}
