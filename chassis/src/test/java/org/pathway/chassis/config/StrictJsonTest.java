package org.pathway.chassis.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    private static final ObjectMapper MAPPER = StrictJson.apply(new ObjectMapper());

    record Activity(Integer capacity, int places, long minutes, Boolean consent, boolean active, Double hours,
                    double distance, String name) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a string as an Integer     | {\"capacity\": \"7\"}",
            "a fraction as an Integer   | {\"capacity\": 3.7}",
            "a whole fraction as an int | {\"places\": 3.0}",
            "a boolean as an int        | {\"places\": true}",
            "an empty string as a long  | {\"minutes\": \"\"}",
            "a string as a long         | {\"minutes\": \"90\"}",
            "a number as a Boolean      | {\"consent\": 1}",
            "a string as a boolean      | {\"active\": \"true\"}",
            "a fraction as a boolean    | {\"active\": 0.0}",
            "a string as a Double       | {\"hours\": \"1.5\"}",
            "a string as a double       | {\"distance\": \"2\"}",
            "a boolean as a double      | {\"distance\": false}",
            "a field named twice        | {\"name\": \"a\", \"name\": \"b\"}",
            "a second document          | {\"name\": \"a\"}{\"name\": \"b\"}",
    })
    void refuses(String what, String json) {
        assertThatThrownBy(() -> MAPPER.readValue(json, Activity.class)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "integers as integers          | {\"capacity\": 7, \"places\": 2, \"minutes\": 90}",
            "booleans as booleans          | {\"consent\": true, \"active\": false}",
            "whole numbers as floating ones | {\"hours\": 2, \"distance\": 3}",
            "fractions as floating ones    | {\"hours\": 1.5, \"distance\": 0.25}",
            "null for wrapper types        | {\"capacity\": null, \"consent\": null, \"hours\": null}",
    })
    void accepts(String what, String json) throws JsonProcessingException {
        assertThat(MAPPER.readValue(json, Activity.class)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"capacity\": 7} | 7", "{\"capacity\": -2} | -2"})
    void keepsTheValue(String json, int capacity) throws JsonProcessingException {
        assertThat(MAPPER.readValue(json, Activity.class).capacity()).isEqualTo(capacity);
    }
}
