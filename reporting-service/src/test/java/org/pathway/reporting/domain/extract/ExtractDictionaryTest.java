package org.pathway.reporting.domain.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractDictionaryTest {

    static Stream<Arguments> extracts() {
        return Stream.of(Arguments.of(ExtractDictionary.PARTICIPANTS, ParticipantLine.class),
                Arguments.of(ExtractDictionary.MEASURES, MeasureLine.class),
                Arguments.of(ExtractDictionary.SESSIONS, SessionLine.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extracts")
    void describesExactlyTheVariablesOfEachExtractInTheirOrder(String extract, Class<? extends Record> line) {
        List<String> variables = Arrays.stream(line.getRecordComponents()).map(component -> component.getName()).toList();

        List<DictionaryEntry> entries = ExtractDictionary.entries().stream()
                .filter(entry -> entry.extract().equals(extract)).toList();

        assertThat(entries).extracting(DictionaryEntry::variable).containsExactlyInAnyOrderElementsOf(variables);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.type()).isIn("text", "integer", "number", "date");
            assertThat(entry.derivation()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extracts")
    void hasNoVariableThatIdentifiesAYoungPerson(String extract, Class<? extends Record> line) {
        assertThat(Arrays.stream(line.getRecordComponents()).map(component -> component.getName().toLowerCase()))
                .noneMatch(name -> name.contains("name") && !name.equals("scorename") || name.contains("nhs")
                        || name.contains("birth") || name.equals("postcode") || name.contains("participantid")
                        || name.contains("note") || name.contains("reason"));
    }
}
