package org.pathway.reporting.domain.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupByTest {

    @ParameterizedTest
    @CsvSource({
            "site, SITE", "ageBand, AGE_BAND", "gender, GENDER",
            "ethnicity, ETHNICITY", "deprivation, DEPRIVATION", "need, NEED"})
    void parsesTheApiWireValues(String wireValue, GroupBy groupBy) {
        assertThat(GroupBy.fromString(wireValue)).isEqualTo(groupBy);
        assertThat(groupBy.wire()).isEqualTo(wireValue);
        assertThat(groupBy).hasToString(wireValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGE_BAND", "ageband", "age", "", "needs"})
    void rejectsAnythingButAWireValue(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> GroupBy.fromString(value))
                .withMessageContaining("site, ageBand, gender, ethnicity, deprivation, need");
    }
}
