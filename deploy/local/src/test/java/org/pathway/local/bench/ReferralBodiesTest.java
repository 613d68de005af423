package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ReferralBodiesTest {

    @Test
    void nhsNumbersCarryTheirModulus11CheckDigit() {
        assertThat(ReferralBodies.nhsNumber(943_476_591L)).isEqualTo("9434765919");
        assertThat(ReferralBodies.nhsNumber(100_000_001L)).as("check digit 10: no number").isNull();
    }

    @Test
    void everyReferralHasItsOwnValidNhsNumberAndReference() throws Exception {
        ReferralBodies bodies = new ReferralBodies("north-london", "T1", 100_000_000L, LocalDate.of(2026, 12, 1));
        Set<String> numbers = new HashSet<>();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            ReferralBodies.Referral referral = bodies.next();
            assertThat(passesModulus11(referral.nhsNumber())).as(referral.nhsNumber()).isTrue();
            numbers.add(referral.nhsNumber());
            references.add(referral.externalReference());
            JsonNode json = Http.JSON.readTree(referral.json());
            assertThat(json.path("youngPerson").path("nhsNumber").asText()).isEqualTo(referral.nhsNumber());
            assertThat(json.path("externalReference").asText()).isEqualTo(referral.externalReference());
        }
        assertThat(numbers).hasSize(5_000);
        assertThat(references).hasSize(5_000);
    }

    @Test
    void theYoungPersonIsFourteenAndReferredYesterday() throws Exception {
        JsonNode json = Http.JSON.readTree(
                new ReferralBodies("north-london", "T2", 200_000_000L, LocalDate.of(2026, 12, 1)).next().json());
        LocalDate born = LocalDate.parse(json.path("youngPerson").path("dateOfBirth").asText());
        assertThat(born.until(LocalDate.of(2026, 11, 30)).getYears()).isEqualTo(14);
        assertThat(json.path("referredAt").asText()).isEqualTo("2026-11-30");
        assertThat(json.path("consent").path("guardian").asBoolean()).isTrue();
    }

    @Test
    void runsStartFarApartInTheSerialRange() {
        long a = ReferralBodies.serialStartFor(1_764_000_000L);
        long b = ReferralBodies.serialStartFor(1_764_000_060L);
        assertThat(a).isBetween(100_000_000L, 899_999_999L);
        assertThat(Math.abs(b - a)).isGreaterThanOrEqualTo(50_000L);
    }

    /** Written apart from the code under test: weights 10..2, 11 - (sum mod 11), 11 → 0, 10 invalid. */
    private static boolean passesModulus11(String number) {
        if (!number.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(number.charAt(i), 10) * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == Character.digit(number.charAt(9), 10);
    }
}
