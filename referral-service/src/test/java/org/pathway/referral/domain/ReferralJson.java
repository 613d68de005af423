package org.pathway.referral.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathway.referral.api.dto.ReferralRequest;

/**
 * Referral bodies for tests, built as the API.md example with one JSON field changed, so that
 * each table row reads as "this field, this value".
 */
final class ReferralJson {

    /** Configured as Quarkus configures its mapper: ISO dates, unknown properties ignored. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The absent marker in tables: remove the field rather than set it. */
    static final String ABSENT = "<absent>";

    static final String EXAMPLE = """
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

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private ReferralJson() {
    }

    static ReferralRequest example() {
        return with(null, null);
    }

    /**
     * The example with {@code path} (dots and {@code [i]}, as in FieldError) set to the JSON text
     * {@code jsonValue}, or removed when it is {@link #ABSENT}.
     */
    static ReferralRequest with(String path, String jsonValue) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(EXAMPLE);
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
