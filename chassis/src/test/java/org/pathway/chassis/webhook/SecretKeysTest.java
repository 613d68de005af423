package org.pathway.chassis.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretKeysTest {

    private static final String A = SecretCipherTest.base64Key(1);
    private static final String B = SecretCipherTest.base64Key(2);
    private static final String C = SecretCipherTest.base64Key(3);

    /** legacy key | key list | newest id setting -> key ids in order | newest id. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "A | -                | -  | 0        | 0",
            "A | k1=B             | -  | 0,k1     | k1",
            "A | k1=B,k2=C        | k1 | 0,k1,k2  | k1",
            "- | k1=B , k2=C      | -  | k1,k2    | k2",
            "A | k1=B             | 0  | 0,k1     | 0",
            "A | ''               | '' | 0        | 0",
            "- | 2026_12-a=B,     | -  | 2026_12-a | 2026_12-a",
    })
    void readsTheConfiguredKeysAndTheNewestId(String legacy, String list, String newest, String ids, String expectedNewest) {
        SecretKeys keys = SecretKeys.of(Optional.ofNullable(key(legacy)), Optional.ofNullable(keys(list)),
                Optional.ofNullable(newest));
        assertThat(String.join(",", keys.keys().keySet())).isEqualTo(ids);
        assertThat(keys.newestId()).isEqualTo(expectedNewest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-  | -            | -   | not configured",
            "'' | ''           | -   | not configured",
            "A  | k1           | -   | not id=base64",
            "A  | =B           | -   | not id=base64",
            "A  | k:1=B        | -   | not id=base64",
            "A  | k1=B,k1=C    | -   | configured twice",
            "A  | 0=B          | -   | configured twice",
            "A  | k1=AAAA      | -   | must be 32 bytes",
            "A  | k1=!!        | -   | is not valid base64",
            "A  | k1=B         | k9  | is not a configured key",
    })
    void refusesAConfigurationThatCannotWorkWithoutEchoingAKey(String legacy, String list, String newest, String message) {
        assertThatThrownBy(() -> SecretKeys.of(Optional.ofNullable(key(legacy)), Optional.ofNullable(keys(list)),
                Optional.ofNullable(newest)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(B).doesNotContain(C));
    }

    private static String key(String name) {
        return name == null ? null : name.replace("A", A);
    }

    private static String keys(String list) {
        return list == null ? null : list.replace("=B", "=" + B).replace("=C", "=" + C);
    }
}
