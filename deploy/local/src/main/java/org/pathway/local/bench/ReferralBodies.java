package org.pathway.local.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.local.simulate.NhsNumbers;

/**
 * Valid, distinct referrals that the demo sites' rules accept (age 14, anxiety, moderate, low risk, consent of the
 * young person and a guardian): synthetic data only. Each has its own NHS number (valid check digit, from a
 * serial range of this run) and external reference, so none is declined as a duplicate of another.
 */
final class ReferralBodies {

    private final String site;
    private final String run;
    private final LocalDate today;
    private final AtomicLong next;

    /**
     * @param firstSerial where this run's NHS-number serials start (9 digits before the check digit); runs against
     *                    the same stack should use far-apart starts
     */
    ReferralBodies(String site, String run, long firstSerial, LocalDate today) {
        this.site = site;
        this.run = run;
        this.today = today;
        this.next = new AtomicLong(firstSerial);
    }

    /** A serial start for a run at this moment: spreads runs over the 9-digit range by the clock. */
    static long serialStartFor(long epochSeconds) {
        return 100_000_000L + Math.floorMod(epochSeconds * 1_000L, 800_000_000L);
    }

    /** The next referral: its external reference and the JSON body. */
    Referral next() {
        String nhs;
        long serial;
        do {
            serial = next.getAndIncrement();
            nhs = nhsNumber(serial);
        } while (nhs == null);
        String reference = "BENCH-" + run + "-" + serial;
        Map<String, Object> youngPerson = new LinkedHashMap<>();
        youngPerson.put("nhsNumber", nhs);
        youngPerson.put("givenName", "Bench");
        youngPerson.put("familyName", "Person" + serial % 100_000);
        youngPerson.put("dateOfBirth", today.minusYears(14).minusDays(serial % 300).toString());
        youngPerson.put("gender", "female");
        youngPerson.put("ethnicCategory", "A");
        youngPerson.put("postcode", site.equals("cardiff-vale") ? "CF10 1AA" : "N1 9GU");
        youngPerson.put("languagePreference", "en");
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("phone", "07700900123");
        contact.put("email", null);
        youngPerson.put("contact", contact);
        youngPerson.put("guardian", Map.of("name", "Guardian Bench", "phone", "07700900456", "relationship", "parent"));
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("youngPerson", true);
        consent.put("guardian", true);
        consent.put("gillickCompetent", null);
        consent.put("research", true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", reference);
        body.put("referredAt", today.minusDays(1).toString());
        body.put("waitingListSince", today.minusDays(30).toString());
        body.put("referrer", Map.of("organisationCode", "RBENCH", "name", "Bench Clinician",
                "email", "bench@example.nhs.uk"));
        body.put("youngPerson", youngPerson);
        body.put("presentingNeeds", List.of("anxiety"));
        body.put("severity", "moderate");
        body.put("riskLevel", "low");
        body.put("consent", consent);
        body.put("interests", List.of("art", "music"));
        body.put("accessibilityNeeds", List.of());
        body.put("notes", "pathway bench (synthetic test data)");
        return new Referral(reference, nhs, Http.write(body));
    }

    record Referral(String externalReference, String nhsNumber, String json) {

        JsonNode body() {
            try {
                return Http.JSON.readTree(json);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The NHS number with this 9-digit serial and its modulus-11 check digit, or null when the serial has none
     * (check digit 10).
     */
    static String nhsNumber(long serial) {
        if (serial < 0 || serial > 999_999_999L) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String nine = String.format("%09d", serial);
        int check = NhsNumbers.checkDigit(nine);
        return check < 0 ? null : nine + check;
    }
}
