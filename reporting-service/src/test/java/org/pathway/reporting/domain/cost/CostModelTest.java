package org.pathway.reporting.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CostModelTest {

    private static final Map<String, Long> RATES = Map.of("north-london", 2400L, "cardiff-vale", 2010L);

    static Stream<Arguments> activities() {
        return Stream.of(
                // 3 × 850 + 5 × 0 + 2 × 1500 = 2550 + 0 + 3000
                Arguments.of(List.of(new ActivityAttendance(3, 850), new ActivityAttendance(5, 0),
                        new ActivityAttendance(2, 1500)), 5550L),
                Arguments.of(List.of(new ActivityAttendance(0, 1200)), 0L),
                Arguments.of(List.of(), 0L));
    }

    @ParameterizedTest
    @MethodSource("activities")
    void activityCostIsSessionsAttendedTimesTheirPrice(List<ActivityAttendance> attendances, long pence) {
        assertThat(CostModel.activityCostPence(attendances)).isEqualTo(pence);
    }

    static Stream<Arguments> linkWorkerTimes() {
        return Stream.of(
                // 45 min × 2400 / 60 = 1800
                Arguments.of(List.of(time("north-london", 45)), 1800L),
                // 1 min × 2010 / 60 = 33.5 → half-up 34
                Arguments.of(List.of(time("cardiff-vale", 1)), 34L),
                // minutes summed per site before rounding: 2 × 2010 / 60 = 67, not 34 + 34 = 68
                Arguments.of(List.of(time("cardiff-vale", 1), time("cardiff-vale", 1)), 67L),
                // each site rounded once at its own rate: 60 × 2400 / 60 = 2400; 1 × 2010 / 60 = 33.5 → 34
                Arguments.of(List.of(time("north-london", 30), time("cardiff-vale", 1), time("north-london", 30)), 2434L),
                Arguments.of(List.of(), 0L));
    }

    @ParameterizedTest
    @MethodSource("linkWorkerTimes")
    void linkWorkerCostIsMinutesAtTheSiteHourlyRateRoundedPerSite(List<LinkWorkerTime> times, long pence) {
        assertThat(CostModel.linkWorkerCostPence(times, RATES)).isEqualTo(pence);
    }

    @Test
    void rejectsASiteWithoutAnHourlyRate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CostModel.linkWorkerCostPence(List.of(time("swansea-bay", 30)), RATES));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "1000, 0, NULL",
            "1000, 4, 250",
            // 1000 / 3 = 333.33 → 333
            "1000, 3, 333",
            // 1000 / 6 = 166.67 → 167
            "1000, 6, 167",
            // 5 / 2 = 2.5 → half-up 3
            "5, 2, 3",
            "0, 5, 0"}, nullValues = "NULL")
    void costPerParticipantRoundsHalfUpAndIsNullWithoutParticipants(long total, long participants, Long perParticipant) {
        assertThat(CostModel.perParticipant(total, participants)).isEqualTo(perParticipant);
    }

    @Test
    void rowAddsActivityAndLinkWorkerCostAndSharesItOut() {
        CostRow row = CostModel.row(
                List.of(new ActivityAttendance(10, 850)),
                List.of(time("north-london", 90)),
                RATES,
                8,
                0);

        // activity 10 × 850 = 8500; link worker 90 × 2400 / 60 = 3600; total 12100; per accepted 12100 / 8 = 1512.5 → 1513
        assertThat(row).isEqualTo(new CostRow(8500, 3600, 12100, 1513L, null));
    }

    private static LinkWorkerTime time(String siteId, long minutes) {
        return new LinkWorkerTime(siteId, minutes);
    }
}
