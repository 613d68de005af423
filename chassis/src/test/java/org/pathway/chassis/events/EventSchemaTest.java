package org.pathway.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.testkit.EventSchemas;

class EventSchemaTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleOfEveryTypeSerialisesToDataItsSchemaAccepts(EventType type) {
        String json = EventJson.write(EventSamples.sample(type));

        assertThat(EventSchemas.validate(type.type(), json)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesExactlyTheRecordComponents(EventType type) throws IOException {
        JsonNode schema = schemaJson(type);
        Set<String> components = new TreeSet<>();
        for (var component : type.dataClass().getRecordComponents()) {
            components.add(component.getName());
        }

        assertThat(fieldNames(schema.get("properties"))).isEqualTo(components);
        assertThat(schema.get("required")).allSatisfy(name -> assertThat(components).contains(name.asText()));
        assertThat(schema.get("$id").asText()).endsWith("/" + type.type() + ".json");
        assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsDataWithoutTheParticipant(EventType type) {
        ObjectNode data = sampleJson(type);
        data.remove("participantId");

        assertThat(EventSchemas.validate(type.type(), data.toString())).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaToleratesAPropertyAddedByANewerProducer(EventType type) {
        ObjectNode data = sampleJson(type);
        data.put("addedInALaterVersion", "optional");

        assertThat(EventSchemas.validate(type.type(), data.toString())).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            REFERRAL_RECEIVED   | postcodeDistrict   | N1 9GU
            REFERRAL_ACCEPTED   | postcodeDistrict   | N1 9GU
            REFERRAL_RECEIVED   | postcodeDistrict   | n1
            REFERRAL_RECEIVED   | participantId      | 9434765919
            REFERRAL_RECEIVED   | participantId      | P-7K3M9Q2XW4TB8N6I
            REFERRAL_RECEIVED   | gender             | Sam Taylor
            REFERRAL_RECEIVED   | ethnicCategory     | X
            REFERRAL_RECEIVED   | severity           | urgent
            REFERRAL_RECEIVED   | languagePreference | fr
            REFERRAL_RECEIVED   | referredAt         | 20/11/2026
            REFERRAL_RECEIVED   | referralId         | RWX-2026-000123
            REFERRAL_ACCEPTED   | snomedCode         | 871711000000103
            REFERRAL_DECLINED   | reason             | BORED
            REFERRAL_CONTACTED  | method             | email
            REFERRAL_CONTACTED  | contactedAt        | 2026-11-24
            REFERRAL_WITHDRAWN  | scope              | some
            REFERRAL_CLOSED     | reason             | Moved to Leeds with mum
            PLACEMENT_PROPOSED  | activityCategory   | chess
            PLACEMENT_ENDED     | reason             | left because of a row with Jo
            ATTENDANCE_RECORDED | status             | late
            LINKWORKER_SESSION_RECORDED | mode       | carrier-pigeon
            ENGAGEMENT_CHANGED  | status             | BORED
            ENGAGEMENT_CHANGED  | previousStatus     | LOST
            OUTCOME_RECORDED    | instrument         | PHQ9
            OUTCOME_RECORDED    | timepoint          | 12m
            """)
    void schemaRejectsABadValue(EventType type, String field, String value) {
        ObjectNode data = sampleJson(type);
        data.put(field, value);

        assertThat(EventSchemas.validate(type.type(), data.toString())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void schemaRejectsDataMissingARequiredField(EventType type, String field) {
        ObjectNode data = sampleJson(type);
        data.remove(field);

        assertThat(EventSchemas.validate(type.type(), data.toString())).isNotEmpty();
    }

    static Stream<Arguments> requiredFields() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (JsonNode field : schemaJson(type).get("required")) {
                cases.add(Arguments.of(type, field.asText()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            REFERRAL_RECEIVED   | ageAtReferral       | 2011
            REFERRAL_RECEIVED   | deprivationDecile   | 11
            REFERRAL_RECEIVED   | deprivationDecile   | 0
            PLACEMENT_CONFIRMED | costPerSessionPence | -1
            LINKWORKER_SESSION_RECORDED | minutes     | 0
            ENGAGEMENT_CHANGED  | sessionsMissed      | -1
            """)
    void schemaRejectsANumberOutOfRange(EventType type, String field, int value) {
        ObjectNode data = sampleJson(type);
        data.put(field, value);

        assertThat(EventSchemas.validate(type.type(), data.toString())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anxiety
            post-traumatic-stress
            """)
    void schemaAcceptsANeedCode(String need) {
        ObjectNode data = sampleJson(EventType.REFERRAL_RECEIVED);
        data.putArray("presentingNeeds").add(need);

        assertThat(EventSchemas.validate(EventType.REFERRAL_RECEIVED.type(), data.toString())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lives with foster carer at 12 High St
            ''
            """)
    void schemaRejectsFreeTextAsAPresentingNeed(String need) {
        ObjectNode data = sampleJson(EventType.REFERRAL_RECEIVED);
        data.putArray("presentingNeeds").add(need);

        assertThat(EventSchemas.validate(EventType.REFERRAL_RECEIVED.type(), data.toString())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            N1
            SW1A
            CF10
            M60
            """)
    void schemaAcceptsAnOutwardCode(String district) {
        ObjectNode data = sampleJson(EventType.REFERRAL_RECEIVED);
        data.put("postcodeDistrict", district);

        assertThat(EventSchemas.validate(EventType.REFERRAL_RECEIVED.type(), data.toString())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"REFERRAL_RECEIVED", "REFERRAL_ACCEPTED"})
    void schemaAcceptsAnUnknownDeprivationDecile(EventType type) {
        ObjectNode data = sampleJson(type);
        data.remove("deprivationDecile");

        assertThat(EventSchemas.validate(type.type(), data.toString())).isEmpty();
    }

    @ParameterizedTest(name = "{0} snomedCode={1} valid={2}")
    @CsvSource(delimiter = '|', textBlock = """
            YOUNG_PERSON_DECLINED | 871711000000103 | true
            YOUNG_PERSON_DECLINED |                 | false
            YOUNG_PERSON_DECLINED | 871731000000106 | false
            AGE_OUT_OF_RANGE      |                 | true
            AGE_OUT_OF_RANGE      | 871711000000103 | false
            """)
    void declineCarriesTheSnomedCodeOnlyWhenTheYoungPersonDeclined(String reason, String snomed, boolean valid) {
        ObjectNode data = sampleJson(EventType.REFERRAL_DECLINED);
        data.put("reason", reason);
        if (snomed == null) {
            data.remove("snomedCode");
        } else {
            data.put("snomedCode", snomed);
        }

        assertThat(EventSchemas.validate(EventType.REFERRAL_DECLINED.type(), data.toString()).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SWEMWBS | {"rawTotal": 19, "metricScore": 18.59}                                       | true
            SWEMWBS | {"rawTotal": 19}                                                             | false
            SWEMWBS | {"rawTotal": 40, "metricScore": 18.59}                                       | false
            RCADS25 | {"anxiety": 21, "depression": 12, "total": 33}                               | true
            RCADS25 | {"anxiety": 46, "depression": 12, "total": 58}                               | false
            RCADS25 | {"rawTotal": 19, "metricScore": 18.59}                                       | false
            ONS4    | {"lifeSatisfaction": 6, "worthwhile": 7, "happiness": 5, "anxiety": 4}       | true
            ONS4    | {"lifeSatisfaction": 6, "worthwhile": 7, "happiness": 11, "anxiety": 4}      | false
            ONS4    | {"lifeSatisfaction": 6, "worthwhile": 7, "happiness": 5, "anxiety": "high"}  | false
            """)
    void outcomeScoresMatchTheInstrument(String instrument, String scores, boolean valid) throws IOException {
        ObjectNode data = sampleJson(EventType.OUTCOME_RECORDED);
        data.put("instrument", instrument);
        data.set("scores", EventJson.mapper().readTree(scores));

        assertThat(EventSchemas.validate(EventType.OUTCOME_RECORDED.type(), data.toString()).isEmpty()).isEqualTo(valid);
    }

    private static ObjectNode sampleJson(EventType type) {
        return EventJson.mapper().valueToTree(EventSamples.sample(type));
    }

    private static JsonNode schemaJson(EventType type) throws IOException {
        try (InputStream in = EventSchemas.open(type.schemaResource())) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
