package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComparisonCohortTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final CohortSpec SPEC = new CohortSpec(600, 20261120L, CohortSpec.DEFAULT_SITES);

    @Test
    void eachSiteRegistersAThirdOfItsCohortOnTheRunsReferralDays() {
        List<PersonPlan> comparison = ComparisonCohort.generate(SPEC, SPEC.sites(), START, 0);

        assertThat(comparison).hasSize(200);
        assertThat(comparison).allSatisfy(plan -> {
            assertThat(plan.comparison()).isTrue();
            assertThat(plan.accepted()).isTrue();
            assertThat(plan.referredAt()).isBetween(START, START.plusDays(CohortGenerator.REFERRAL_DAYS - 1));
            assertThat(plan.contactOn()).isNull();
            assertThat(plan.placeOn()).isNull();
            assertThat(plan.linkWorkerSessions()).isEmpty();
            assertThat(plan.index()).isGreaterThanOrEqualTo(SPEC.youngPeople());
        });
        assertThat(comparison.stream().map(plan -> plan.youngPerson().nhsNumber()).distinct()).hasSize(200);
        assertThat(CohortGenerator.generate(SPEC, START, 0).stream().map(plan -> plan.youngPerson().nhsNumber()))
                .doesNotContainAnyElementsOf(comparison.stream().map(plan -> plan.youngPerson().nhsNumber()).toList());
    }

    @Test
    void theSameSeedGivesTheSameGroupAndOnlyTheSitesAskedForRegisterOne() {
        assertThat(ComparisonCohort.generate(SPEC, SPEC.sites(), START, 0))
                .isEqualTo(ComparisonCohort.generate(SPEC, SPEC.sites(), START, 0));
        List<PersonPlan> cardiff = ComparisonCohort.generate(SPEC, List.of("cardiff-vale"), START, 0);
        assertThat(cardiff).hasSize(100).allSatisfy(plan -> assertThat(plan.siteId()).isEqualTo("cardiff-vale"));
        assertThat(ComparisonCohort.generate(SPEC, SPEC.sites(), START, 0).stream()
                .filter(plan -> plan.siteId().equals("cardiff-vale")).toList()).isEqualTo(cardiff);
    }

    @Test
    void questionnairesAreMissingLateAndStopAtAWithdrawal() {
        List<PersonPlan> comparison = ComparisonCohort.generate(SPEC, SPEC.sites(), START, 0);

        long lateAt6m = comparison.stream().filter(plan -> plan.outcomes().stream().anyMatch(o -> o.timepoint()
                .equals("6m") && o.completedAt().isAfter(plan.referredAt().plusDays(182 + 21)))).count();
        long noneAt6m = comparison.stream()
                .filter(plan -> plan.outcomes().stream().noneMatch(o -> o.timepoint().equals("6m"))).count();
        List<PersonPlan> withdrawn = comparison.stream().filter(plan -> plan.exit() != null).toList();

        assertThat(lateAt6m).isBetween(10L, 60L);
        assertThat(noneAt6m).isBetween(40L, 120L);
        assertThat(withdrawn).isNotEmpty().allSatisfy(plan -> assertThat(plan.outcomes())
                .allSatisfy(o -> assertThat(o.completedAt()).isBefore(plan.exit().on())));
    }
}
