package org.pathway.referral.referrer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.chassis.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationRequestValidatorTest {

    @ParameterizedTest(name = "{0} is a usable endpoint")
    @ValueSource(strings = {"https://trust.example.nhs.uk/bars/$process-message", "https://10.1.2.3:8443/x",
            "http://localhost:9000/receiver", "http://127.0.0.1/x"})
    void httpsEndpointsAndLocalHttpOnesAreAccepted(String endpoint) {
        assertThat(RegistrationRequestValidator.endpointError(endpoint)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", " ", "trust.example.nhs.uk", "/relative/path", "http://trust.example.nhs.uk/x",
            "ftp://trust.example.nhs.uk/x", "https://user:pass@trust.example.nhs.uk/x", "https://trust.example.nhs.uk/x#f",
            "https://exa mple.nhs.uk/", "mailto:someone@nhs.net", "javascript:alert(1)", "file:///etc/passwd"})
    void otherEndpointsAreRefused(String endpoint) {
        assertThat(RegistrationRequestValidator.endpointError(endpoint)).isPresent();
    }

    @Test
    void anOverlongEndpointIsRefused() {
        assertThat(RegistrationRequestValidator.endpointError("https://a.nhs.uk/" + "x".repeat(2000))).isPresent();
    }

    @ParameterizedTest(name = "odsCode={0} endpoint={1} format={2} → {3}")
    @CsvSource(nullValues = "null", value = {
            "rwx,   https://a.nhs.uk/x, json, odsCode",
            "RW,    https://a.nhs.uk/x, json, odsCode",
            "RWX-1, https://a.nhs.uk/x, json, odsCode",
            "RWX,   null,               json, endpoint",
            "RWX,   https://a.nhs.uk/x, xml,  format",
            "RWX,   https://a.nhs.uk/x, JSON, format",
            "RWX,   https://a.nhs.uk/x, null, format"})
    void eachBadFieldIsNamed(String odsCode, String endpoint, String format, String field) {
        assertThatThrownBy(() -> RegistrationRequestValidator.validate(odsCode, new RegistrationRequest(endpoint, format)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors()).extracting(e -> e.field()).containsExactly(field);
                });
    }

    @Test
    void aGoodRegistrationBecomesItsCommand() {
        RegistrationRequestValidator.Registration registration = RegistrationRequestValidator.validate("A81001",
                new RegistrationRequest("https://a.nhs.uk/x", "bars"));

        assertThat(registration.format()).isEqualTo(MessageFormat.BARS);
        assertThat(registration.odsCode()).isEqualTo("A81001");
    }
}
