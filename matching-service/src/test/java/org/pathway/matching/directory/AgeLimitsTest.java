package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            both given                  | {'minimum_age': 11, 'maximum_age': 18}                            | 11 | 18 | false | ''
            as text                     | {'minimum_age': '11', 'maximum_age': '16'}                        | 11 | 16 | false | ''
            decimals truncated          | {'minimum_age': 11.5, 'maximum_age': 18.9}                        | 11 | 18 | false | ''
            none                        | {}                                                                | 0  | 25 | false | no age limits given, defaulted to 0–25
            no minimum                  | {'maximum_age': 16}                                               | 0  | 16 | false | no minimum age given, defaulted to 0
            no maximum                  | {'minimum_age': 13}                                               | 13 | 25 | false | no maximum age given, defaulted to 25
            maximum capped              | {'minimum_age': 12, 'maximum_age': 100}                           | 12 | 25 | false | maximum age 100 capped at 25
            v1 eligibility              | {'eligibilitys': [{'eligibility': 'Any'}, {'minimum_age': 12, 'maximum_age': 18}]} | 12 | 18 | false | ''
            service fields win over v1  | {'minimum_age': 14, 'eligibilitys': [{'minimum_age': 5, 'maximum_age': 9}]}        | 14 | 25 | false | no maximum age given, defaulted to 25
            -1 is no limit (Bristol)    | {'minimum_age': -1, 'maximum_age': -1}                            | 0  | 25 | false | no age limits given, defaulted to 0–25
            -1 minimum only             | {'minimum_age': -1, 'maximum_age': 16}                            | 0  | 16 | false | no minimum age given, defaulted to 0
            null and empty              | {'minimum_age': null, 'maximum_age': ''}                          | 0  | 25 | false | no age limits given, defaulted to 0–25
            adults only                 | {'minimum_age': 50}                                               | 50 | 50 | true  | ''
            adults only with maximum    | {'minimum_age': 26, 'maximum_age': 65}                            | 26 | 65 | true  | ''
            """)
    void readsAndDefaultsAgeLimits(String why, String json, int min, int max, boolean adultsOnly, String note)
            throws Exception {
        List<String> notes = new ArrayList<>();

        AgeLimits limits = AgeLimits.of(JSON.readTree(json.replace('\'', '"')), notes);

        assertThat(limits.problem()).isNull();
        assertThat(limits.min()).isEqualTo(min);
        assertThat(limits.max()).isEqualTo(max);
        assertThat(limits.adultsOnly()).isEqualTo(adultsOnly);
        assertThat(notes).isEqualTo(note.isEmpty() ? List.of() : List.of(note));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            minimum above maximum | {'minimum_age': 18, 'maximum_age': 11} | minimum age above maximum age
            negative minimum      | {'minimum_age': -2}                     | minimum age negative
            not a number          | {'maximum_age': 'eighteen'}            | age limit not a number
            """)
    void reportsContradictoryLimits(String why, String json, String problem) throws Exception {
        AgeLimits limits = AgeLimits.of(JSON.readTree(json.replace('\'', '"')), new ArrayList<>());

        assertThat(limits.problem()).isEqualTo(problem);
        assertThat(limits.adultsOnly()).isFalse();
    }
}
