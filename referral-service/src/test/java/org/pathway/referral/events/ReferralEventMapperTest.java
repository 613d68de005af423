package org.pathway.referral.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.referral.Referrals;
import org.pathway.referral.api.ReferralRequestValidator;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.domain.DeclineReason;
import org.pathway.referral.domain.ParticipantIds;
import org.pathway.referral.domain.Referral;
import org.pathway.testkit.EventSchemas;

class ReferralEventMapperTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00.123456Z");

    static Stream<PathwayEvent> everyEventOfOneReferral() {
        Referral referral = referral(Referrals.body(b -> {
            Referrals.youngPerson(b).remove("ethnicCategory");
            b.putArray("interests").add("Art & Crafts").add("art & crafts").add("Football");
            b.putArray("presentingNeeds").add("anxiety").add("anxiety").add("trauma");
        }));
        referral.contactedAt = NOW;
        referral.contactMethod = "video";
        referral.withdrawnAt = NOW;
        referral.withdrawalScope = "future";
        referral.closedAt = NOW;
        referral.closeReason = "moved-away";
        return Stream.of(ReferralEventMapper.received(referral), ReferralEventMapper.accepted(referral),
                ReferralEventMapper.declined(referral, DeclineReason.HIGH_RISK, NOW),
                ReferralEventMapper.declined(referral, DeclineReason.YOUNG_PERSON_DECLINED, NOW),
                ReferralEventMapper.contacted(referral), ReferralEventMapper.withdrawn(referral),
                ReferralEventMapper.closed(referral));
    }

    @ParameterizedTest
    @MethodSource("everyEventOfOneReferral")
    void everyEventFitsItsSchema(PathwayEvent event) {
        EventType type = EventType.of(event.getClass());

        assertThat(EventSchemas.validate(type.type(), EventJson.write(event))).isEmpty();
    }

    @Test
    void carriesCoarseAttributesInsteadOfIdentifiers() {
        ObjectNode body = Referrals.body(b -> Referrals.youngPerson(b).put("postcode", "sw1a 1aa"));
        Referral referral = referral(body);

        ReferralReceived received = ReferralEventMapper.received(referral);
        ReferralAccepted accepted = ReferralEventMapper.accepted(referral);

        assertThat(received.postcodeDistrict()).isEqualTo("SW1A");
        assertThat(received.ageAtReferral()).isEqualTo(15);
        assertThat(received.referrerOrganisationCode()).isEqualTo("RWX");
        assertThat(accepted.researchConsent()).isTrue();
        assertThat(accepted.interests()).containsExactly("art", "football");
        String json = EventJson.write(received) + EventJson.write(accepted);
        assertThat(json).doesNotContain(Referrals.youngPerson(body).get("nhsNumber").asText(), "Sam", "Taylor",
                "2011-04-02", "SW1A 1AA", "07700900123", "07700900456", "Clinician", "a.clinician@nhs.net",
                "weekend", body.get("externalReference").asText());
    }

    @Test
    void anUnstatedEthnicCategoryTravelsAsNotKnown() {
        Referral referral = referral(Referrals.body(b -> Referrals.youngPerson(b).remove("ethnicCategory")));

        assertThat(ReferralEventMapper.received(referral).ethnicCategory()).isEqualTo("99");
        assertThat(ReferralEventMapper.accepted(referral).ethnicCategory()).isEqualTo("99");
    }

    @Test
    void onlyTheYoungPersonsDeclineCarriesTheSnomedCode() {
        Referral referral = referral(Referrals.body());

        assertThat(ReferralEventMapper.declined(referral, DeclineReason.NO_CONSENT, NOW).snomedCode()).isNull();
        assertThat(ReferralEventMapper.declined(referral, DeclineReason.YOUNG_PERSON_DECLINED, NOW).snomedCode())
                .isEqualTo("871711000000103");
    }

    @Test
    void aPathwayReferralsEventsNameThePathwayArm() {
        Referral referral = referral(Referrals.body());

        assertThat(ReferralEventMapper.received(referral).arm()).isEqualTo("pathway");
        assertThat(ReferralEventMapper.accepted(referral).arm()).isEqualTo("pathway");
        assertThat(ReferralEventMapper.received(referral).referrerOrganisationCode()).isEqualTo("RWX");
    }

    @Test
    void aComparisonParticipantRegisteredWithoutAReferrerIsInTheComparisonArmAndWithinTheSchema() {
        Referral referral = referral(Referrals.body());
        referral.arm = Arm.COMPARISON;
        referral.referrerOrganisationCode = null;

        ReferralReceived received = ReferralEventMapper.received(referral);
        ReferralAccepted accepted = ReferralEventMapper.accepted(referral);

        assertThat(received.arm()).isEqualTo("comparison");
        assertThat(accepted.comparisonArm()).isTrue();
        assertThat(received.referrerOrganisationCode()).isEqualTo(ReferralEventMapper.NO_REFERRER);
        assertThat(EventSchemas.validate(EventType.REFERRAL_RECEIVED.type(), EventJson.write(received))).isEmpty();
        assertThat(EventSchemas.validate(EventType.REFERRAL_ACCEPTED.type(), EventJson.write(accepted))).isEmpty();
    }

    private static Referral referral(ObjectNode body) {
        try {
            ReferralRequest request = MAPPER.treeToValue(body, ReferralRequest.class);
            return ReferralRequestValidator.toNewReferral(request).toReferral(Optional.empty(),
                    ParticipantIds.next(), "fingerprint", NOW);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
