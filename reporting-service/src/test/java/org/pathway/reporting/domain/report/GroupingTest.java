package org.pathway.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.reporting.domain.grouping.GroupBy;

class GroupingTest {

    static Stream<Arguments> labels() {
        Participant known = Participants.withProfile(15, "male", "M", 2, List.of("anxiety", "depression"));
        Participant unknown = Participants.withProfile(null, null, null, null, List.of());
        return Stream.of(
                Arguments.of(GroupBy.SITE, known, "north-london"),
                Arguments.of(GroupBy.AGE_BAND, known, "14-15"),
                Arguments.of(GroupBy.AGE_BAND, unknown, "unknown"),
                Arguments.of(GroupBy.GENDER, known, "male"),
                Arguments.of(GroupBy.GENDER, unknown, "not-stated"),
                Arguments.of(GroupBy.ETHNICITY, known, "Black"),
                Arguments.of(GroupBy.ETHNICITY, unknown, "Not stated"),
                Arguments.of(GroupBy.DEPRIVATION, known, "1"),
                Arguments.of(GroupBy.DEPRIVATION, unknown, "unknown"),
                Arguments.of(GroupBy.NEED, known, "anxiety,depression"),
                Arguments.of(GroupBy.NEED, unknown, "unknown"));
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @MethodSource("labels")
    void labelsUnknownAttributesAsTheirOwnGroup(GroupBy groupBy, Participant participant, String expected) {
        assertThat(Grouping.labels(groupBy, participant)).containsExactlyElementsOf(Arrays.asList(expected.split(",")));
    }

    @Test
    void groupingBySiteListsEverySiteInScopeEvenWithoutParticipants() {
        Map<String, List<Participant>> groups = Grouping.of(GroupBy.SITE,
                List.of(Participants.accepted("north-london", "P-1")), List.of("north-london", "cardiff-vale"));

        assertThat(groups.keySet()).containsExactly("cardiff-vale", "north-london");
        assertThat(groups.get("cardiff-vale")).isEmpty();
    }

    @Test
    void groupingByNeedCountsAParticipantOnceInEachOfTheirNeeds() {
        Participant both = Participants.withProfile(14, "female", "A", 5, List.of("anxiety", "trauma"));

        Map<String, List<Participant>> groups = Grouping.of(GroupBy.NEED, List.of(both), List.of("north-london"));

        assertThat(groups).containsOnlyKeys("anxiety", "trauma");
    }
}
