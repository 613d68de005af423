package org.pathway.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pathway.testkit.EventSchemas;

class EventJsonTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void readingWhatWasWrittenGivesTheSameEvent(EventType type) {
        PathwayEvent event = EventSamples.sample(type);

        assertThat(EventJson.read(EventJson.write(event), type.dataClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void readIgnoresPropertiesAddedByANewerProducer(EventType type) {
        PathwayEvent event = EventSamples.sample(type);
        ObjectNode data = EventJson.mapper().valueToTree(event);
        data.put("addedInALaterVersion", 42);

        assertThat(EventJson.read(data.toString(), type.dataClass())).isEqualTo(event);
    }

    @Test
    void writesDatesAndInstantsAsIsoStrings() throws IOException {
        JsonNode data = EventJson.mapper().readTree(EventJson.write(EventSamples.sample(EventType.REFERRAL_ACCEPTED)));

        assertThat(data.get("referredAt").asText()).isEqualTo("2026-11-20");
        assertThat(data.get("acceptedAt").asText()).isEqualTo("2026-11-20T10:15:00Z");
        assertThat(data.get("referralId").asText()).isEqualTo(EventSamples.REFERRAL.toString());
    }

    @Test
    void leavesOutFieldsThatAreNull() throws IOException {
        ReferralDeclined declined = new ReferralDeclined(EventSamples.PARTICIPANT, EventSamples.REFERRAL,
                LocalDate.parse("2026-11-20"), Instant.parse("2026-11-20T10:15:00Z"), "HIGH_RISK", null);

        JsonNode data = EventJson.mapper().readTree(EventJson.write(declined));

        assertThat(data.has("snomedCode")).isFalse();
        assertThat(EventSchemas.validate(EventType.REFERRAL_DECLINED.type(), data.toString())).isEmpty();
    }

    @Test
    void readsAMissingOptionalListAsEmpty() {
        ObjectNode data = EventJson.mapper().valueToTree(EventSamples.sample(EventType.REFERRAL_ACCEPTED));
        data.remove("accessibilityNeeds");

        ReferralAccepted accepted = EventJson.read(data.toString(), ReferralAccepted.class);

        assertThat(accepted.accessibilityNeeds()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"REFERRAL_RECEIVED", "REFERRAL_ACCEPTED"})
    void aReferralEventWrittenBeforeArmsExistedIsAPathwayReferral(EventType type) {
        ObjectNode data = EventJson.mapper().valueToTree(EventSamples.sample(type));
        data.remove("arm");

        PathwayEvent read = EventJson.read(data.toString(), type.dataClass());

        assertThat(read).isEqualTo(EventSamples.sample(type));
        assertThat(EventJson.mapper().valueToTree(read).get("arm").asText()).isEqualTo("pathway");
    }

    @Test
    void aComparisonParticipantKeepsItsArmAndMatchesTheSchema() throws IOException {
        ReferralAccepted sample = (ReferralAccepted) EventSamples.sample(EventType.REFERRAL_ACCEPTED);
        ReferralAccepted comparison = new ReferralAccepted(sample.participantId(), sample.referralId(),
                sample.referredAt(), sample.acceptedAt(), sample.snomedCode(), sample.ageAtReferral(), sample.gender(),
                sample.ethnicCategory(), sample.postcodeDistrict(), sample.deprivationDecile(),
                sample.presentingNeeds(), sample.languagePreference(), List.of(), List.of(), true,
                Arm.COMPARISON.wire());

        String json = EventJson.write(comparison);

        assertThat(EventJson.mapper().readTree(json).get("arm").asText()).isEqualTo("comparison");
        assertThat(EventJson.read(json, ReferralAccepted.class).comparisonArm()).isTrue();
        assertThat(sample.comparisonArm()).isFalse();
        assertThat(EventSchemas.validate(EventType.REFERRAL_ACCEPTED.type(), json)).isEmpty();
    }

    @Test
    void anArmOutsideTheListDoesNotMatchTheSchema() {
        ObjectNode data = EventJson.mapper().valueToTree(EventSamples.sample(EventType.REFERRAL_RECEIVED));
        data.put("arm", "control");

        assertThat(EventSchemas.validate(EventType.REFERRAL_RECEIVED.type(), data.toString())).isNotEmpty();
    }

    @Test
    void eventListsCannotBeChangedAfterTheEventIsBuilt() {
        List<String> needs = new ArrayList<>(List.of("anxiety"));
        ReferralReceived received = (ReferralReceived) EventSamples.sample(EventType.REFERRAL_RECEIVED);
        ReferralReceived built = new ReferralReceived(received.participantId(), received.referralId(),
                received.referredAt(), received.waitingListSince(), received.ageAtReferral(), received.gender(),
                received.ethnicCategory(), received.postcodeDistrict(), received.deprivationDecile(), needs,
                received.severity(), received.languagePreference(), received.referrerOrganisationCode());

        needs.add("depression");

        assertThat(built.presentingNeeds()).containsExactly("anxiety");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"participantId": "P-7K3M9Q2XW4TB8N6R", "referralId": "9434765919"
            {"participantId": "P-7K3M9Q2XW4TB8N6R", "referralId": "9434765919", "contactedAt": "2026-11-24T09:30:00Z"}
            {"participantId": "P-7K3M9Q2XW4TB8N6R", "contactedAt": "Sam Taylor 07700900123"}
            not json 9434765919
            """)
    void badJsonIsAnIllegalArgumentWhoseMessageDoesNotQuoteThePayload(String json) {
        assertThatThrownBy(() -> EventJson.read(json, ReferralContacted.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReferralContacted")
                .hasNoCause()
                .message()
                .doesNotContain("9434765919", "Sam", "07700900123", "P-7K3M9Q2XW4TB8N6R");
    }
}
