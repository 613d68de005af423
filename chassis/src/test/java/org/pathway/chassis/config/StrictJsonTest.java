package org.pathway.chassis.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    private static final ObjectMapper MAPPER = StrictJson.apply(new ObjectMapper());

    record Activity(Integer capacity, int places, long minutes, Boolean consent, boolean active, Double hours,
                    double distance, String name) {
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "a string as an Integer          | refused  | {\"capacity\": \"7\"}",
            "a fraction as an Integer        | refused  | {\"capacity\": 3.7}",
            "a whole fraction as an int      | refused  | {\"places\": 3.0}",
            "a boolean as an int             | refused  | {\"places\": true}",
            "an empty string as a long       | refused  | {\"minutes\": \"\"}",
            "a string as a long              | refused  | {\"minutes\": \"90\"}",
            "a number as a Boolean           | refused  | {\"consent\": 1}",
            "a string as a boolean           | refused  | {\"active\": \"true\"}",
            "a fraction as a boolean         | refused  | {\"active\": 0.0}",
            "a string as a Double            | refused  | {\"hours\": \"1.5\"}",
            "a string as a double            | refused  | {\"distance\": \"2\"}",
            "a boolean as a double           | refused  | {\"distance\": false}",
            "a field named twice             | refused  | {\"name\": \"a\", \"name\": \"b\"}",
            "a second document               | refused  | {\"name\": \"a\"}{\"name\": \"b\"}",
            "integers as integers            | accepted | {\"capacity\": 7, \"places\": 2, \"minutes\": 90}",
            "booleans as booleans            | accepted | {\"consent\": true, \"active\": false}",
            "whole numbers as floating ones  | accepted | {\"hours\": 2, \"distance\": 3}",
            "fractions as floating ones      | accepted | {\"hours\": 1.5, \"distance\": 0.25}",
            "null for wrapper types          | accepted | {\"capacity\": null, \"consent\": null, \"hours\": null}",
    })
    void onlyValuesOfTheDeclaredJsonType(String what, String outcome, String json) {
        if (outcome.equals("accepted")) {
            assertThatCode(() -> MAPPER.readValue(json, Activity.class)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MAPPER.readValue(json, Activity.class)).isInstanceOf(JsonProcessingException.class);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"capacity\": 7} | 7", "{\"capacity\": -2} | -2"})
    void keepsTheValue(String json, int capacity) throws JsonProcessingException {
        assertThat(MAPPER.readValue(json, Activity.class).capacity()).isEqualTo(capacity);
    }
}
