package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.referral.ReferralExample;

class EligibilityTest {

    private static final SiteRules DEFAULTS = SiteRules.defaults();

    /** Eligible on every rule; each test changes what it is about. */
    private static EligibilityInput eligible() {
        return new EligibilityInput(14, List.of("anxiety"), "moderate", "low", true, true, null, false);
    }

    private static EligibilityInput aged(int age) {
        EligibilityInput f = eligible();
        return new EligibilityInput(age, f.presentingNeeds(), f.severity(), f.riskLevel(), f.youngPersonConsent(),
                f.guardianConsent(), f.gillickCompetent(), f.activeReferralExists());
    }

    @Test
    void acceptsAnEligibleReferral() {
        assertThat(Eligibility.decide(eligible(), DEFAULTS)).isEmpty();
    }

    @ParameterizedTest(name = "age {0} with range {1}–{2}: eligible {3}")
    @CsvSource({
            "10, 11, 18, false",
            "11, 11, 18, true",
            "18, 11, 18, true",
            "19, 11, 18, false",
            "8, 8, 25, true",
            "25, 8, 25, true",
            "7, 8, 25, false",
            "26, 8, 25, false",
    })
    void declinesWhenAgeIsOutsideTheSiteRangeInclusive(int age, int min, int max, boolean eligible) {
        SiteRules rules = new SiteRules(min, max, SiteRules.DEFAULT_NEEDS_IN_SCOPE);

        Optional<DeclineReason> decision = Eligibility.decide(aged(age), rules);

        assertThat(decision).isEqualTo(eligible ? Optional.empty() : Optional.of(DeclineReason.AGE_OUT_OF_RANGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("needs")
    void declinesWhenNoPresentingNeedIsInScope(List<String> needs, Optional<DeclineReason> expected) {
        EligibilityInput f = eligible();
        EligibilityInput facts = new EligibilityInput(f.ageAtReferral(), needs, f.severity(), f.riskLevel(), true,
                true, null, false);

        assertThat(Eligibility.decide(facts, DEFAULTS)).isEqualTo(expected);
    }

    static Stream<Arguments> needs() {
        Optional<DeclineReason> declined = Optional.of(DeclineReason.NEED_NOT_IN_SCOPE);
        return Stream.of(
                Arguments.of(List.of("anxiety"), Optional.empty()),
                Arguments.of(List.of("depression"), Optional.empty()),
                Arguments.of(List.of("trauma"), Optional.empty()),
                Arguments.of(List.of("behavioural", "trauma"), Optional.empty()),
                Arguments.of(List.of("eating-disorder"), declined),
                Arguments.of(List.of("behavioural", "other"), declined),
                Arguments.of(List.of(), declined));
    }

    @Test
    void usesTheSitesOwnNeedsInScope() {
        SiteRules rules = new SiteRules(11, 18, Set.of("behavioural"));
        EligibilityInput f = eligible();
        EligibilityInput behavioural = new EligibilityInput(14, List.of("behavioural"), "moderate", "low", true, true,
                null, false);

        assertThat(Eligibility.decide(behavioural, rules)).isEmpty();
        assertThat(Eligibility.decide(f, rules)).contains(DeclineReason.NEED_NOT_IN_SCOPE);
    }

    @ParameterizedTest(name = "severity {0}, risk {1}: {2}")
    @CsvSource(nullValues = "NONE", value = {
            "moderate, low, NONE",
            "moderate, medium, NONE",
            "mild, low, SEVERITY_NOT_MODERATE",
            "severe, low, SEVERITY_NOT_MODERATE",
            "moderate, high, HIGH_RISK",
    })
    void takesModerateSeverityAndDeclinesHighRiskBecauseItNeedsUrgentCare(String severity, String riskLevel,
                                                                          DeclineReason expected) {
        EligibilityInput input = new EligibilityInput(14, List.of("anxiety"), severity, riskLevel, true, true, null,
                false);

        assertThat(Eligibility.decide(input, DEFAULTS)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "age {0}, young person {1}, guardian {2}, Gillick {3}: {4}")
    @CsvSource(nullValues = "NONE", value = {
            "14, true,  true,  NONE,  NONE",
            "14, false, true,  NONE,  NO_CONSENT",
            "14, false, true,  true,  NO_CONSENT",
            "15, true,  false, NONE,  NO_CONSENT",
            "15, true,  false, false, NO_CONSENT",
            "15, true,  false, true,  NONE",
            "11, true,  false, true,  NONE",
            "16, true,  false, NONE,  NONE",
            "16, false, true,  NONE,  NO_CONSENT",
            "17, true,  false, false, NONE",
            "18, true,  false, NONE,  NONE",
    })
    void requiresYoungPersonConsentAndUnder16AlsoGuardianOrGillick(int age, boolean youngPerson, boolean guardian,
            Boolean gillick, DeclineReason expected) {
        EligibilityInput facts = new EligibilityInput(age, List.of("anxiety"), "moderate", "low", youngPerson, guardian,
                gillick, false);

        assertThat(Eligibility.decide(facts, DEFAULTS)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void declinesWhenUnder16WithoutGuardianConsentOrGillick() {
        EligibilityInput facts = new EligibilityInput(15, List.of("anxiety"), "moderate", "low", true, false, null,
                false);

        assertThat(Eligibility.decide(facts, DEFAULTS)).contains(DeclineReason.NO_CONSENT);
    }

    @Test
    void declinesWhenTheSiteAlreadyHasAnActiveReferral() {
        EligibilityInput facts = new EligibilityInput(14, List.of("anxiety"), "moderate", "low", true, true, null,
                true);

        assertThat(Eligibility.decide(facts, DEFAULTS)).contains(DeclineReason.DUPLICATE_ACTIVE_REFERRAL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingEverythingFrom")
    void reportsTheFirstFailingRuleInOrder(DeclineReason expected, EligibilityInput facts) {
        assertThat(Eligibility.decide(facts, DEFAULTS)).contains(expected);
    }

    /** Each row fails its own rule and every later one, so only the order picks the answer. */
    static Stream<Arguments> failingEverythingFrom() {
        return Stream.of(
                Arguments.of(DeclineReason.AGE_OUT_OF_RANGE,
                        new EligibilityInput(10, List.of("other"), "severe", "high", false, false, null, true)),
                Arguments.of(DeclineReason.NEED_NOT_IN_SCOPE,
                        new EligibilityInput(14, List.of("other"), "severe", "high", false, false, null, true)),
                Arguments.of(DeclineReason.SEVERITY_NOT_MODERATE,
                        new EligibilityInput(14, List.of("anxiety"), "severe", "high", false, false, null, true)),
                Arguments.of(DeclineReason.HIGH_RISK,
                        new EligibilityInput(14, List.of("anxiety"), "moderate", "high", false, false, null, true)),
                Arguments.of(DeclineReason.NO_CONSENT,
                        new EligibilityInput(14, List.of("anxiety"), "moderate", "low", false, false, null, true)),
                Arguments.of(DeclineReason.DUPLICATE_ACTIVE_REFERRAL,
                        new EligibilityInput(14, List.of("anxiety"), "moderate", "low", true, true, null, true)));
    }

    @Test
    void takesFactsFromAValidatedRequestWithAgeOnTheReferralDate() {
        // The API example: born 2011-04-02, referred 2026-11-20, so 15, with both consents.
        EligibilityInput facts = EligibilityInput.of(ReferralExample.newReferral(), true);

        assertThat(facts).isEqualTo(
                new EligibilityInput(15, List.of("anxiety"), "moderate", "low", true, true, null, true));
    }

    @Test
    void treatsAMissingGillickFlagAsNotCompetent() {
        EligibilityInput facts = EligibilityInput.of(
                ReferralExample.newReferral("consent", "{\"youngPerson\": true, \"guardian\": false}"), false);

        assertThat(facts.gillickCompetent()).isNull();
        assertThat(Eligibility.decide(facts, DEFAULTS)).contains(DeclineReason.NO_CONSENT);
    }
}
