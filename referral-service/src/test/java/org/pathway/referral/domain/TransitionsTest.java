package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;

class TransitionsTest {

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource(nullValues = "CONFLICT", value = {
            "CONTACT,  ACCEPTED,  CONTACTED",
            "CONTACT,  CONTACTED, CONFLICT",
            "CONTACT,  DECLINED,  CONFLICT",
            "CONTACT,  WITHDRAWN, CONFLICT",
            "CONTACT,  CLOSED,    CONFLICT",
            "DECLINE,  ACCEPTED,  DECLINED",
            "DECLINE,  CONTACTED, DECLINED",
            "DECLINE,  DECLINED,  CONFLICT",
            "DECLINE,  WITHDRAWN, CONFLICT",
            "DECLINE,  CLOSED,    CONFLICT",
            "CLOSE,    ACCEPTED,  CLOSED",
            "CLOSE,    CONTACTED, CLOSED",
            "CLOSE,    DECLINED,  CONFLICT",
            "CLOSE,    WITHDRAWN, CONFLICT",
            "CLOSE,    CLOSED,    CONFLICT",
            "WITHDRAW, ACCEPTED,  WITHDRAWN",
            "WITHDRAW, CONTACTED, WITHDRAWN",
            "WITHDRAW, DECLINED,  WITHDRAWN",
            "WITHDRAW, CLOSED,    WITHDRAWN",
            "WITHDRAW, WITHDRAWN, CONFLICT",
    })
    void movesOnlyAlongTheStateMachine(ReferralAction action, ReferralStatus from, ReferralStatus expected) {
        if (expected != null) {
            assertThat(Transitions.apply(action, from)).isEqualTo(expected);
            return;
        }
        Problem problem = catchThrowableOfType(Problem.class, () -> Transitions.apply(action, from));

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains(action.verb()).contains(from.name());
    }

    @ParameterizedTest(name = "{0} of a comparison participant from {1} → {2}")
    @CsvSource(nullValues = "CONFLICT", value = {
            "CONTACT,  ACCEPTED,  CONFLICT",
            "DECLINE,  ACCEPTED,  CONFLICT",
            "CLOSE,    ACCEPTED,  CLOSED",
            "CLOSE,    WITHDRAWN, CONFLICT",
            "WITHDRAW, ACCEPTED,  WITHDRAWN",
            "WITHDRAW, DECLINED,  WITHDRAWN",
            "WITHDRAW, CLOSED,    WITHDRAWN",
    })
    void aComparisonParticipantIsNeverContactedAboutOrDeclinesAnOffer(ReferralAction action, ReferralStatus from,
                                                                      ReferralStatus expected) {
        if (expected != null) {
            assertThat(Transitions.apply(action, from, Arm.COMPARISON)).isEqualTo(expected);
            return;
        }
        Problem problem = catchThrowableOfType(Problem.class, () -> Transitions.apply(action, from, Arm.COMPARISON));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains(action.verb())
                .contains(action.aboutTheOffer() ? "comparison participant" : from.name());
    }

    @Test
    void aPathwayReferralMovesExactlyAsBeforeArmsExisted() {
        for (ReferralAction action : ReferralAction.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                Object before = outcome(() -> Transitions.apply(action, from));
                assertThat(outcome(() -> Transitions.apply(action, from, Arm.PATHWAY))).as(action + " from " + from)
                        .isEqualTo(before);
            }
        }
    }

    /** The status a move reaches, or the detail of its problem. */
    private static Object outcome(java.util.function.Supplier<ReferralStatus> move) {
        try {
            return move.get();
        } catch (Problem problem) {
            return problem.status() + " " + problem.detail();
        }
    }

    @ParameterizedTest(name = "{0} active: {1}")
    @CsvSource({"ACCEPTED, true", "CONTACTED, true", "DECLINED, false", "WITHDRAWN, false", "CLOSED, false"})
    void onlyAcceptedAndContactedAreActive(ReferralStatus status, boolean active) {
        assertThat(Transitions.isActive(status)).isEqualTo(active);
    }
}
