package org.pathway.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.ReferralExample;
import org.pathway.referral.api.dto.ComparisonParticipantRequest;
import org.pathway.referral.domain.NewReferral;

/** A comparison registration runs the referral's rules, dated and worded by {@code registeredOn}. */
class ComparisonRegistrationRulesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final LocalDate REGISTERED_ON = LocalDate.parse("2026-11-02");

    @Test
    void aRegistrationWithoutReferrerOrReferenceIsAComparisonReferralDatedByRegisteredOn() {
        NewReferral referral = newReferral(body -> {
        });

        assertThat(referral.arm()).isEqualTo(Arm.COMPARISON);
        assertThat(referral.referredAt()).isEqualTo(REGISTERED_ON);
        assertThat(referral.referrer()).isNull();
        assertThat(referral.externalReference()).isNull();
        assertThat(referral.toReferral(Optional.empty(), "P-0123456789ABCDEF", "f",
                Instant.parse("2026-11-02T09:00:00Z")).referrerOrganisationCode).isNull();
    }

    @Test
    void datesOutOfOrderAreNamedAgainstRegisteredOn() {
        Problem problem = catchThrowableOfType(Problem.class, () -> newReferral(body -> {
            body.put("waitingListSince", "2026-11-03");
            ((ObjectNode) body.get("youngPerson")).put("dateOfBirth", "2026-11-02");
        }));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).containsExactlyInAnyOrder(
                new FieldError("waitingListSince", "must not be after registeredOn"),
                new FieldError("youngPerson.dateOfBirth", "must be before registeredOn"));
    }

    @Test
    void aReferrerGivenIsCheckedAsAReferralsIs() {
        Problem problem = catchThrowableOfType(Problem.class, () -> newReferral(body -> body.putObject("referrer")
                .put("organisationCode", "RWX").put("email", "not-an-address")));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("referrer.email");
    }

    private static NewReferral newReferral(Consumer<ObjectNode> change) {
        ObjectNode body = ReferralExample.tree();
        body.remove("referredAt");
        body.remove("referrer");
        body.remove("externalReference");
        body.put("waitingListSince", "2026-10-01");
        change.accept(body);
        try {
            ComparisonParticipantRequest request = MAPPER.treeToValue(body, ComparisonParticipantRequest.class);
            return ReferralRequestValidator.toNewReferral(request.asReferral(REGISTERED_ON), Arm.COMPARISON,
                    "registeredOn");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
