package org.pathway.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathway.referral.api.ReferralRequestValidator;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.domain.NewReferral;

/**
 * The referral example of API.md, the one body every test starts from: as JSON, or as the request record
 * with one field changed, so that each table row of a test reads as "this field, this value".
 */
public final class ReferralExample {

    /** Configured as Quarkus configures its mapper: ISO dates, unknown properties ignored. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The absent marker in tables: remove the field rather than set it. */
    public static final String ABSENT = "<absent>";

    public static final String JSON = """
            {
              "externalReference": "RWX-2026-000123",
              "referredAt": "2026-11-20",
              "waitingListSince": "2026-10-01",
              "referrer": {"organisationCode": "RWX", "name": "Dr A Clinician", "email": "a.clinician@nhs.net"},
              "youngPerson": {
                "nhsNumber": "9434765919", "givenName": "Sam", "familyName": "Taylor",
                "dateOfBirth": "2011-04-02", "gender": "female", "ethnicCategory": "A",
                "postcode": "N1 9GU", "languagePreference": "en",
                "contact": {"phone": "07700900123", "email": null},
                "guardian": {"name": "Alex Taylor", "phone": "07700900456", "relationship": "parent"}
              },
              "presentingNeeds": ["anxiety"],
              "severity": "moderate",
              "riskLevel": "low",
              "consent": {"youngPerson": true, "guardian": true, "gillickCompetent": null, "research": true},
              "interests": ["art", "football"],
              "accessibilityNeeds": [],
              "notes": "Prefers weekend activities"
            }
            """;

    /** A date at the site on which the example is valid. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private ReferralExample() {
    }

    public static ObjectNode tree() {
        try {
            return (ObjectNode) MAPPER.readTree(JSON);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReferralRequest request() {
        return with(null, null);
    }

    /** The example as intake takes it. */
    public static NewReferral newReferral() {
        return ReferralRequestValidator.toNewReferral(request());
    }

    /** As {@link #with}, as intake takes it. */
    public static NewReferral newReferral(String path, String jsonValue) {
        return ReferralRequestValidator.toNewReferral(with(path, jsonValue));
    }

    /**
     * The example with {@code path} (dots and {@code [i]}, as in FieldError) set to the JSON text
     * {@code jsonValue}, or removed when it is {@link #ABSENT}.
     */
    public static ReferralRequest with(String path, String jsonValue) {
        try {
            ObjectNode root = tree();
            if (path != null) {
                set(root, path, jsonValue);
            }
            return MAPPER.treeToValue(root, ReferralRequest.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(ObjectNode root, String path, String jsonValue) throws JsonProcessingException {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        Matcher indexed = INDEXED.matcher(last);
        if (indexed.matches()) {
            ArrayNode array = (ArrayNode) parent.get(indexed.group(1));
            int index = Integer.parseInt(indexed.group(2));
            while (array.size() <= index) {
                array.add("anxiety");
            }
            array.set(index, MAPPER.readTree(jsonValue));
        } else if (ABSENT.equals(jsonValue)) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, MAPPER.readTree(jsonValue));
        }
    }
}
