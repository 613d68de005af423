package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.events.WithdrawalScope;

class GroundTruthTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 3, 3);
    private static final LocalDate PLACED = LocalDate.of(2025, 3, 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} attended -> connected {1}, engaged {2}, sustained {3}")
    @CsvSource({
            "0, 0, 0, 0",
            "1, 1, 0, 0",
            "2, 1, 0, 0",
            "3, 1, 1, 0",
            "5, 1, 1, 0",
            "6, 1, 1, 1",
            "9, 1, 1, 1"})
    void stagesFollowTheAttendedCount(int attended, long connected, long engaged, long sustained) {
        Track track = placed(500);
        for (int i = 0; i < attended; i++) {
            track.session(PLACED.plusDays(7L * (i + 1)), AttendanceStatus.ATTENDED);
        }
        // Suppression aside: five identical young people, so no count falls in 1-4.
        Map<String, Figure> figures = figures(List.of(copy(track), copy(track), copy(track), copy(track), copy(track)), 2564);
        assertThat(figures.get("uptake/connected").truth()).isEqualTo(5 * connected);
        assertThat(figures.get("uptake/engaged").truth()).isEqualTo(5 * engaged);
        assertThat(figures.get("uptake/sustained").truth()).isEqualTo(5 * sustained);
    }

    @ParameterizedTest(name = "{0} link-worker minutes at {1}p/h -> {2}p")
    @CsvSource({
            "45, 2564, 1923",
            "50, 2564, 2137",
            "1, 30, 1",
            "1, 29, 0",
            "0, 2564, 0",
            "600, 3000, 30000"})
    void linkWorkerTimeIsCostedOncePerSiteRoundedHalfUp(int minutes, long rate, long pence) {
        Track track = Track.of("north-london", REFERRED).referred("r", "P-1", "ACCEPTED", null);
        track.linkWorkerSession(minutes);
        assertThat(figures(List.of(track), rate).get("cost/linkWorkerPence").truth()).isEqualTo(pence);
    }

    @Test
    void costIsAttendedSessionsAtTheirPricePlusLinkWorkerTimePerAcceptedAndPerEngaged() {
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Track track = placed(850).linkWorkerSession(30);
            for (int s = 0; s < i; s++) {
                track.session(PLACED.plusDays(7L * (s + 1)), AttendanceStatus.ATTENDED);
            }
            track.session(PLACED.plusDays(70), AttendanceStatus.MISSED);
            tracks.add(track);
        }
        // attended 0+1+2+3+4+5 = 15 sessions x 850p; 180 minutes at 2564p/h = 7692p
        Map<String, Figure> figures = figures(tracks, 2564);
        assertThat(figures.get("cost/activityPence").truth()).isEqualTo(12750L);
        assertThat(figures.get("cost/linkWorkerPence").truth()).isEqualTo(7692L);
        assertThat(figures.get("cost/totalPence").truth()).isEqualTo(20442L);
        assertThat(figures.get("cost/perAcceptedPence").truth()).isEqualTo(3407L);
        // engaged: 3 (attended 3, 4, 5): withheld with its count, 20442 / 3 = 6814
        assertThat(figures.get("cost/perEngagedPence").truth()).isEqualTo(6814L);
        assertThat(figures.get("cost/perEngagedPence").withheld()).isTrue();
        assertThat(figures.get("cost/totalPence").withheld()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "half attended                         | 7:attended 14:missed                 | true",
            "less than half                        | 7:attended 14:missed 21:missed       | false",
            "cancelled sessions were not offered   | 7:attended 14:cancelled 21:cancelled | true",
            "only cancelled: nothing offered       | 7:cancelled                          | false",
            "nothing reported                      |                                      | false",
            "outside the 12 weeks does not count   | 7:missed 84:attended 91:attended     | false",
            "day 83 is inside                      | 7:missed 83:attended                 | true",
            "before the placement does not count   | -1:attended 7:missed                 | false"})
    void adherenceCountsTheSessionsOfferedInTheFirst12Weeks(String rule, String sessions, boolean adheres) {
        Track track = placed(0);
        if (sessions != null) {
            for (String session : sessions.trim().split("\\s+")) {
                String[] dayAndStatus = session.split(":");
                track.session(PLACED.plusDays(Long.parseLong(dayAndStatus[0])),
                        AttendanceStatus.fromWire(dayAndStatus[1]).orElseThrow());
            }
        }
        assertThat(GroundTruth.adheres(track)).as(rule).isEqualTo(adheres);
    }

    @Test
    void withdrawalOfEverythingRemovesTheYoungPersonAndWithdrawalForTheFutureCountsThem() {
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tracks.add(placed(0));
        }
        tracks.add(placed(0).withdrew(WithdrawalScope.ALL, REFERRED.plusDays(30)));
        tracks.add(placed(0).withdrew(WithdrawalScope.FUTURE, REFERRED.plusDays(30)));
        tracks.add(Track.of("north-london", REFERRED).referred("r", "P-d", "DECLINED", "HIGH_RISK"));
        tracks.add(Track.of("north-london", REFERRED));
        Map<String, Figure> figures = figures(tracks, 2564);
        assertThat(figures.get("uptake/referred").truth()).isEqualTo(7L);
        assertThat(figures.get("uptake/accepted").truth()).isEqualTo(6L);
        assertThat(figures.get("uptake/placed").truth()).isEqualTo(6L);
        assertThat(figures.get("uptake/declined").truth()).isEqualTo(1L);
        assertThat(figures.get("uptake/withdrawn").truth()).isEqualTo(1L);
    }

    @ParameterizedTest(name = "{0} -> withheld {1}")
    @CsvSource({"0, false", "1, true", "4, true", "5, false"})
    void countsOfOneToFourAreWithheld(long count, boolean withheld) {
        assertThat(GroundTruth.withheld(count)).isEqualTo(withheld);
    }

    @Test
    void quartilesAreType7RoundedToThreeDecimals() {
        assertThat(GroundTruth.quartiles(List.of(4.0, 1.0, 3.0, 2.0))).containsExactly(1.75, 2.5, 3.25);
        assertThat(GroundTruth.quartiles(List.of(7.0))).containsExactly(7.0, 7.0, 7.0);
        assertThat(GroundTruth.quartiles(List.of(1.0, 2.0, 2.0))).containsExactly(1.5, 2.0, 2.0);
        assertThat(GroundTruth.quartiles(List.of())).containsExactly(null, null, null);
        assertThat(GroundTruth.round(2.0 / 3)).isEqualTo(0.667);
    }

    @Test
    void aFigureMatchesOnlyThePublishedCellTheRulesRequire() throws Exception {
        Figure shown = new Figure("uptake", "referred", 12L, false, 0);
        Figure withheld = new Figure("uptake", "placed", 3L, true, 0);
        Figure mean = new Figure("attendance", "mean", 2.667, false, GroundTruth.STATISTIC_TOLERANCE);
        assertThat(shown.matches(cell("{\"value\":12,\"suppressed\":false}"))).isTrue();
        assertThat(shown.matches(cell("{\"value\":11,\"suppressed\":false}"))).isFalse();
        assertThat(shown.matches(cell("{\"value\":null,\"suppressed\":true}"))).isFalse();
        assertThat(withheld.matches(cell("{\"value\":null,\"suppressed\":true}"))).isTrue();
        assertThat(withheld.matches(cell("{\"value\":3,\"suppressed\":false}"))).isFalse();
        assertThat(mean.matches(cell("{\"value\":2.667,\"suppressed\":false}"))).isTrue();
        assertThat(mean.matches(cell("{\"value\":2.7,\"suppressed\":false}"))).isFalse();
        assertThat(shown.matches(null)).isFalse();
    }

    private static JsonNode cell(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static Track placed(int costPerSessionPence) {
        return Track.of("north-london", REFERRED).referred("r", "P-x", "ACCEPTED", null).contacted(REFERRED.plusDays(7))
                .placed("pl", "green-gym", costPerSessionPence, PLACED);
    }

    private static Track copy(Track track) {
        Track copy = placed(track.costPerSessionPence());
        track.sessions().forEach(s -> copy.session(s.date(), s.status()));
        return copy;
    }

    private static Map<String, Figure> figures(List<Track> tracks, long rate) {
        return GroundTruth.figures(tracks, rate).stream()
                .collect(Collectors.toMap(f -> f.report() + "/" + f.name(), Function.identity(), (a, b) -> a));
    }
}
