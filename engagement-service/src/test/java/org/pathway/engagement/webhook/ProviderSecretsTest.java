package org.pathway.engagement.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderSecretsTest {

    private static final Instant ROTATED_AT = Instant.parse("2026-11-20T10:00:00Z");

    @ParameterizedTest(name = "{0} min after rotation: {1}")
    @CsvSource({
        "0,    'new,old'",
        "1439, 'new,old'",
        "1440, 'new'",
        "5000, 'new'"
    })
    void keepsThePreviousSecretFor24HoursAfterARotation(long minutesLater, String expected) {
        ProviderSecrets secrets = ProviderSecrets.first("old")
                .rotate("new", ROTATED_AT, ProviderSecrets.ROTATION_GRACE);
        assertThat(strings(secrets.candidates(ROTATED_AT.plus(Duration.ofMinutes(minutesLater)))))
                .containsExactly(expected.split(","));
    }

    @Test
    void aSecondRotationDropsTheOldestSecret() {
        ProviderSecrets secrets = ProviderSecrets.first("first")
                .rotate("second", ROTATED_AT, ProviderSecrets.ROTATION_GRACE)
                .rotate("third", ROTATED_AT.plusSeconds(60), ProviderSecrets.ROTATION_GRACE);
        assertThat(strings(secrets.candidates(ROTATED_AT.plusSeconds(120)))).containsExactly("third", "second");
    }

    @Test
    void aFirstSecretHasNoPrevious() {
        assertThat(strings(ProviderSecrets.first("only").candidates(ROTATED_AT))).containsExactly("only");
    }

    @Test
    void neverPrintsSecrets() {
        ProviderSecrets secrets = ProviderSecrets.first("whsec_old")
                .rotate("whsec_new", ROTATED_AT, ProviderSecrets.ROTATION_GRACE);
        assertThat(secrets.toString()).doesNotContain("whsec_old").doesNotContain("whsec_new");
    }

    @Test
    void refusesAPreviousSecretWithoutExpiry() {
        assertThatThrownBy(() -> new ProviderSecrets("new", "old", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> strings(List<byte[]> secrets) {
        return secrets.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }
}
