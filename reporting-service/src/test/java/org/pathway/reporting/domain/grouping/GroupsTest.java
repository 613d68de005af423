package org.pathway.reporting.domain.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupsTest {

    @ParameterizedTest
    @CsvSource({
            "0, under-11", "8, under-11", "10, under-11",
            "11, 11-13", "13, 11-13",
            "14, 14-15", "15, 14-15",
            "16, 16-18", "18, 16-18",
            "19, 19-25", "25, 19-25",
            "26, over-25"})
    void bandsAgeAtTheBandEdges(int age, String band) {
        assertThat(Groups.ageBand(age)).isEqualTo(band);
    }

    @Test
    void rejectsNegativeAge() {
        assertThatIllegalArgumentException().isThrownBy(() -> Groups.ageBand(-1));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1", "3, 2", "4, 2", "5, 3", "6, 3", "7, 4", "8, 4", "9, 5", "10, 5"})
    void groupsDeprivationDecilesIntoQuintiles(int decile, String quintile) {
        assertThat(Groups.deprivation(decile)).isEqualTo(quintile);
    }

    @Test
    void reportsMissingDeprivationAsUnknown() {
        assertThat(Groups.deprivation(null)).isEqualTo("unknown");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -3})
    void rejectsDeprivationDecileOutsideOneToTen(int decile) {
        assertThatIllegalArgumentException().isThrownBy(() -> Groups.deprivation(decile));
    }

    @ParameterizedTest
    @CsvSource({
            "A, White", "B, White", "C, White",
            "D, Mixed", "E, Mixed", "F, Mixed", "G, Mixed",
            "H, Asian", "J, Asian", "K, Asian", "L, Asian",
            "M, Black", "N, Black", "P, Black",
            "R, Other", "S, Other",
            "Z, Not stated", "99, Not stated",
            "a, White", "' p ', Black"})
    void mapsEthnicCategoryToItsTopLevelGroup(String code, String group) {
        assertThat(Groups.ethnicity(code)).isEqualTo(group);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''", "'  '"}, nullValues = "NULL")
    void countsMissingEthnicCategoryAsNotStated(String code) {
        assertThat(Groups.ethnicity(code)).isEqualTo("Not stated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Q", "T", "98", "AB"})
    void rejectsCodesOutsideTheDataDictionary(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Groups.ethnicity(code));
    }

    @ParameterizedTest
    @CsvSource(value = {"female, female", "non-binary, non-binary", "NULL, not-stated", "'', not-stated"},
            nullValues = "NULL")
    void groupsByGenderWireValue(String gender, String group) {
        assertThat(Groups.gender(gender)).isEqualTo(group);
    }

    static Stream<Arguments> needs() {
        return Stream.of(
                Arguments.of(List.of("anxiety"), List.of("anxiety")),
                Arguments.of(List.of("anxiety", "depression"), List.of("anxiety", "depression")),
                Arguments.of(List.of("trauma", "anxiety", "trauma"), List.of("trauma", "anxiety")),
                Arguments.of(List.of(), List.of("unknown")),
                Arguments.of(Arrays.asList(" ", null), List.of("unknown")),
                Arguments.of(null, List.of("unknown")));
    }

    @ParameterizedTest
    @MethodSource
    void needs(List<String> presentingNeeds, List<String> groups) {
        assertThat(Groups.needs(presentingNeeds)).containsExactlyElementsOf(groups);
    }

    static Stream<Arguments> keys() {
        ParticipantProfile profile = new ParticipantProfile(
                "cardiff-vale", 14, "male", "H", 3, List.of("anxiety", "depression"));
        return Stream.of(
                Arguments.of(GroupBy.SITE, profile, List.of("cardiff-vale")),
                Arguments.of(GroupBy.AGE_BAND, profile, List.of("14-15")),
                Arguments.of(GroupBy.GENDER, profile, List.of("male")),
                Arguments.of(GroupBy.ETHNICITY, profile, List.of("Asian")),
                Arguments.of(GroupBy.DEPRIVATION, profile, List.of("2")),
                Arguments.of(GroupBy.NEED, profile, List.of("anxiety", "depression")));
    }

    @ParameterizedTest
    @MethodSource
    void keys(GroupBy groupBy, ParticipantProfile profile, List<String> keys) {
        assertThat(Groups.keys(groupBy, profile)).containsExactlyElementsOf(keys);
    }

    @ParameterizedTest
    @CsvSource({"SITE, false", "AGE_BAND, false", "GENDER, false", "ETHNICITY, false", "DEPRIVATION, false", "NEED, true"})
    void onlyNeedGroupsOverlap(GroupBy groupBy, boolean overlapping) {
        assertThat(Groups.overlapping(groupBy)).isEqualTo(overlapping);
    }
}
