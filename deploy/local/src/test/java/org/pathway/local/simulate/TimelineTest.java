package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final List<Track> COHORT = CohortGenerator.generate(CohortSpec.defaults(), START, 0).stream()
            .map(Track::new).toList();
    private static final List<Timeline> TIMELINES = Timeline.of(COHORT, START);

    @Test
    void everyYoungPersonIsInExactlyOneTimelineAndEachTimelineKeepsCohortOrder() {
        List<Integer> indexes = new ArrayList<>();
        for (Timeline timeline : TIMELINES) {
            List<Integer> members = timeline.members().stream().map(t -> t.plan().index()).toList();
            assertThat(members).isSorted();
            indexes.addAll(members);
        }
        assertThat(indexes).containsExactlyInAnyOrderElementsOf(COHORT.stream().map(t -> t.plan().index()).toList());
    }

    @Test
    void aSecondReferralIsDrivenWithTheFirstAndArrivesInALaterWeekThanItAndBeforeItsExit() {
        long pairs = 0;
        for (Timeline timeline : TIMELINES) {
            assertThat(timeline.members()).hasSizeBetween(1, 2);
            if (timeline.members().size() == 2) {
                pairs++;
                PersonPlan first = timeline.members().stream().map(Track::plan).filter(p -> p.duplicateOf() == null)
                        .findFirst().orElseThrow();
                PersonPlan second = timeline.members().stream().map(Track::plan).filter(p -> p.duplicateOf() != null)
                        .findFirst().orElseThrow();
                assertThat(second.duplicateOf()).isEqualTo(first.index());
                assertThat(Timeline.week(START, second.referredAt())).isGreaterThan(Timeline.week(START, first.referredAt()))
                        .isLessThan(Timeline.week(START, first.exit().on()));
            }
        }
        assertThat(pairs).isEqualTo(COHORT.stream().filter(t -> t.plan().duplicateOf() != null).count()).isPositive();
    }

    @Test
    void theWeeksHoldEveryDateOfEveryMemberAndNothingElse() {
        for (Timeline timeline : TIMELINES) {
            List<Integer> expected = timeline.members().stream()
                    .flatMap(t -> Timeline.dates(t.plan()).stream())
                    .map(date -> Timeline.week(START, date)).distinct().sorted().toList();
            assertThat(timeline.weeks()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void weeksCountFromTheCalendarsFirstMonday() {
        assertThat(Timeline.week(START, START)).isZero();
        assertThat(Timeline.week(START, START.plusDays(6))).isZero();
        assertThat(Timeline.week(START, START.plusDays(7))).isEqualTo(1);
        assertThat(Timeline.week(START, START.plusDays(349))).isEqualTo(49);
    }
}
