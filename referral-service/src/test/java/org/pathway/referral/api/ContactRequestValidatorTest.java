package org.pathway.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.DeclineRequest;
import org.pathway.referral.domain.ContactMethod;
import org.pathway.referral.domain.FirstContact;

class ContactRequestValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource(nullValues = "NONE", value = {
            "2026-11-21T10:15:00Z, phone, NONE",
            "2026-11-23T12:05:00Z, video, NONE",
            "2026-11-23T13:04:00+01:00, in-person, NONE",
            "2026-11-23T12:05:01Z, text, contactedAt",
            "2026-11-23T14:00:00+01:00, phone, contactedAt",
            "NONE, phone, contactedAt",
            "2026-11-21T10:15:00Z, NONE, method",
            "2026-11-21T10:15:00Z, email, method",
            "2026-11-21T10:15:00Z, PHONE, method",
    })
    void checksContactTimeAndMethod(OffsetDateTime contactedAt, String method, String invalidField) {
        assertThat(RequestValidation.errors(new ContactRequest(contactedAt, method), NOW))
                .extracting(FieldError::field)
                .containsExactlyElementsOf(invalidField == null ? List.of() : List.of(invalidField));
    }

    @Test
    void requiresAContactBody() {
        assertThat(RequestValidation.errors(null, NOW)).hasSize(1);
    }

    @Test
    void limitsTheDeclineReasonButDoesNotRequireIt() {
        assertThat(RequestValidation.errors(new DeclineRequest(null))).isEmpty();
        assertThat(RequestValidation.errors(new DeclineRequest("x".repeat(500)))).isEmpty();
        assertThat(RequestValidation.errors(new DeclineRequest("x".repeat(501))))
                .extracting(FieldError::field).containsExactly("reason");
    }

    @Test
    void contactTimesAreComparedAsInstantsWhateverTheOffset() {
        OffsetDateTime sameInstantElsewhere = OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-5));

        assertThat(RequestValidation.errors(new ContactRequest(sameInstantElsewhere, "phone"), NOW)).isEmpty();
    }

    @Test
    void theContactIsKeptToTheMicrosecondAsStored() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 21, 10, 15, 0, 123_456_789, ZoneOffset.UTC);

        assertThat(ContactRequestValidator.toFirstContact(new ContactRequest(at, "in-person"), NOW))
                .isEqualTo(new FirstContact(Instant.parse("2026-11-21T10:15:00.123456Z"), ContactMethod.IN_PERSON));
    }
}
