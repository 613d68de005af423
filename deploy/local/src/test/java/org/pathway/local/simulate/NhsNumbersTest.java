package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
            // DOMAIN.md's valid examples
            "9434765919, true",
            "9434765870, true",
            "4010232137, true",
            // wrong check digit, wrong length, letters
            "9434765918, false",
            "943476591, false",
            "94347659199, false",
            "94347A5919, false",
            // first nine digits whose check would be 10: no valid number
            "1000000010, false"})
    void checksModulus11(String number, boolean valid) {
        assertThat(NhsNumbers.isValid(number)).isEqualTo(valid);
    }

    @Test
    void everySerialGivesAValidTestRangeNumberAndDistinctSerialsDistinctNumbers() {
        Set<String> seen = new HashSet<>();
        for (long serial = 0; serial < 100_000; serial++) {
            String number = NhsNumbers.fromSerial(serial);
            assertThat(NhsNumbers.isValid(number)).as(number).isTrue();
            assertThat(number).startsWith("999");
            seen.add(number);
        }
        assertThat(seen).hasSize(100_000);
    }
}
