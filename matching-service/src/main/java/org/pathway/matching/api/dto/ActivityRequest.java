package org.pathway.matching.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.pathway.chassis.geo.UkPostcode;
import org.pathway.matching.domain.ScheduleEntry;

/**
 * Body of {@code POST/PUT /sites/{siteId}/activities}, and what a directory service is mapped to.
 * Boxed types so that a missing field is reported rather than silently becoming zero. The
 * constraints here check one field each; {@link org.pathway.matching.api.ActivityRequestValidator}
 * adds the rules that look at more than one and reports them all together.
 */
public record ActivityRequest(
        @NotBlank(message = REQUIRED) @Size(max = MAX_PROVIDER_ID_LENGTH, message = AT_MOST_CHARACTERS)
        String providerId,
        @NotBlank(message = REQUIRED) @Size(max = MAX_NAME_LENGTH, message = AT_MOST_CHARACTERS)
        String providerName,
        @NotBlank(message = REQUIRED) @Size(max = MAX_NAME_LENGTH, message = AT_MOST_CHARACTERS)
        String name,
        @NotBlank(message = REQUIRED)
        String category,
        @Size(max = MAX_DESCRIPTION_LENGTH, message = AT_MOST_CHARACTERS)
        String description,
        @NotNull(message = REQUIRED) @Range(max = MAX_AGE, message = BETWEEN)
        Integer minAge,
        @NotNull(message = REQUIRED) @Range(max = MAX_AGE, message = BETWEEN)
        Integer maxAge,
        @UkPostcode
        String postcode,
        @DecimalMin(value = MIN_LATITUDE, message = LATITUDE_IN_UK)
        @DecimalMax(value = MAX_LATITUDE, message = LATITUDE_IN_UK)
        Double latitude,
        @DecimalMin(value = MIN_LONGITUDE, message = LONGITUDE_IN_UK)
        @DecimalMax(value = MAX_LONGITUDE, message = LONGITUDE_IN_UK)
        Double longitude,
        @Size(max = MAX_SCHEDULE_ENTRIES, message = AT_MOST_ENTRIES)
        List<@NotNull(message = REQUIRED) @Valid ScheduleEntry> schedule,
        @NotNull(message = REQUIRED) @Range(min = 1, max = MAX_CAPACITY, message = BETWEEN)
        Integer capacity,
        @NotNull(message = REQUIRED) @Range(max = MAX_COST_PENCE, message = BETWEEN)
        Integer costPerSessionPence,
        @Size(max = MAX_TAGS, message = AT_MOST_ENTRIES)
        List<@NotBlank(message = REQUIRED) @Size(max = MAX_TAG_LENGTH, message = TAG) String> accessibility,
        @Size(max = MAX_LANGUAGES, message = AT_MOST_ENTRIES)
        List<String> languages,
        Boolean active) {

    /** The pathway is for young people up to 25. */
    public static final int MAX_AGE = 25;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_COST_PENCE = 100_000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_PROVIDER_ID_LENGTH = 64;
    public static final int MAX_SCHEDULE_ENTRIES = 21;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 50;
    public static final int MAX_LANGUAGES = 10;

    // Bounding box of the UK incl. Shetland and Scilly: catches swapped latitude/longitude,
    // which a plain ±90/±180 check lets through for every UK site.
    public static final String MIN_LATITUDE = "49.8";
    public static final String MAX_LATITUDE = "60.9";
    public static final String MIN_LONGITUDE = "-8.7";
    public static final String MAX_LONGITUDE = "1.8";

    static final String REQUIRED = "is required";
    static final String AT_MOST_CHARACTERS = "must be at most {max} characters";
    static final String AT_MOST_ENTRIES = "must have at most {max} entries";
    static final String BETWEEN = "must be between {min} and {max}";
    static final String LATITUDE_IN_UK = "must be within the UK (" + MIN_LATITUDE + " to " + MAX_LATITUDE + ")";
    static final String LONGITUDE_IN_UK = "must be within the UK (" + MIN_LONGITUDE + " to " + MAX_LONGITUDE + ")";
    public static final String TAG = "must be a lower-case tag such as step-free, at most " + MAX_TAG_LENGTH
            + " characters";

    /** An activity is active unless the body says otherwise. */
    public boolean activeOrDefault() {
        return active == null || active;
    }

    public List<ScheduleEntry> scheduleOrEmpty() {
        return schedule == null ? List.of() : schedule;
    }

    public List<String> accessibilityOrEmpty() {
        return accessibility == null ? List.of() : accessibility;
    }

    /** Without a stated language an activity is taken to be offered in English. */
    public List<String> languagesOrDefault() {
        return languages == null || languages.isEmpty() ? List.of("en") : languages;
    }
}
