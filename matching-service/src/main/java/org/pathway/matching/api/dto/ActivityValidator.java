package org.pathway.matching.api.dto;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pathway.chassis.problem.FieldError;
import org.pathway.matching.domain.Categories;
import org.pathway.matching.domain.geo.Postcodes;

/**
 * Field rules for an {@link ActivityRequest}. Returns every problem at once so a provider can
 * fix a whole form in one go; messages never repeat the submitted value.
 */
public final class ActivityValidator {

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
    static final double MIN_LATITUDE = 49.8;
    static final double MAX_LATITUDE = 60.9;
    static final double MIN_LONGITUDE = -8.7;
    static final double MAX_LONGITUDE = 1.8;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Set<String> DAYS =
            Arrays.stream(DayOfWeek.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private ActivityValidator() {
    }

    public static List<FieldError> validate(ActivityRequest a) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldError("", "body is required"));
            return errors;
        }
        checkProviderId(a.providerId(), errors);
        checkText("providerName", a.providerName(), true, MAX_NAME_LENGTH, errors);
        checkText("name", a.name(), true, MAX_NAME_LENGTH, errors);
        checkCategory(a.category(), errors);
        checkText("description", a.description(), false, MAX_DESCRIPTION_LENGTH, errors);
        checkAges(a.minAge(), a.maxAge(), errors);
        checkPlace(a, errors);
        checkSchedule(a.schedule(), errors);
        checkRange("capacity", a.capacity(), 1, MAX_CAPACITY, errors);
        checkRange("costPerSessionPence", a.costPerSessionPence(), 0, MAX_COST_PENCE, errors);
        checkAccessibility(a.accessibility(), errors);
        checkLanguages(a.languages(), errors);
        return errors;
    }

    private static void checkProviderId(String providerId, List<FieldError> errors) {
        if (isBlank(providerId)) {
            errors.add(new FieldError("providerId", "is required"));
        } else if (providerId.length() > MAX_PROVIDER_ID_LENGTH) {
            errors.add(new FieldError("providerId", "must be at most " + MAX_PROVIDER_ID_LENGTH + " characters"));
        } else if (!SLUG.matcher(providerId).matches()) {
            errors.add(new FieldError("providerId", "must be lower-case letters, digits and single hyphens"));
        }
    }

    private static void checkText(String field, String value, boolean required, int max, List<FieldError> errors) {
        if (value == null || (required && value.isBlank())) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static void checkCategory(String category, List<FieldError> errors) {
        if (isBlank(category)) {
            errors.add(new FieldError("category", "is required"));
        } else if (!Categories.ALL.contains(category)) {
            errors.add(new FieldError("category", "must be one of " + String.join(", ", Categories.ALL)));
        }
    }

    private static void checkAges(Integer minAge, Integer maxAge, List<FieldError> errors) {
        boolean minOk = checkRange("minAge", minAge, 0, MAX_AGE, errors);
        boolean maxOk = checkRange("maxAge", maxAge, 0, MAX_AGE, errors);
        if (minOk && maxOk && minAge > maxAge) {
            errors.add(new FieldError("maxAge", "must not be below minAge"));
        }
    }

    private static void checkPlace(ActivityRequest a, List<FieldError> errors) {
        if (a.postcode() != null && !Postcodes.isValid(a.postcode())) {
            errors.add(new FieldError("postcode", "must be a UK postcode format"));
        }
        Double lat = a.latitude();
        Double lon = a.longitude();
        if ((lat == null) != (lon == null)) {
            errors.add(new FieldError(lat == null ? "latitude" : "longitude",
                    "latitude and longitude must be given together"));
            return;
        }
        if (lat != null && (lat.isNaN() || lat < MIN_LATITUDE || lat > MAX_LATITUDE)) {
            errors.add(new FieldError("latitude", "must be within the UK (" + MIN_LATITUDE + " to " + MAX_LATITUDE + ")"));
        }
        if (lon != null && (lon.isNaN() || lon < MIN_LONGITUDE || lon > MAX_LONGITUDE)) {
            errors.add(new FieldError("longitude", "must be within the UK (" + MIN_LONGITUDE + " to " + MAX_LONGITUDE + ")"));
        }
    }

    private static void checkSchedule(List<ScheduleEntry> schedule, List<FieldError> errors) {
        if (schedule == null) {
            return;
        }
        if (schedule.size() > MAX_SCHEDULE_ENTRIES) {
            errors.add(new FieldError("schedule", "must have at most " + MAX_SCHEDULE_ENTRIES + " entries"));
            return;
        }
        for (int i = 0; i < schedule.size(); i++) {
            String path = "schedule[" + i + "]";
            ScheduleEntry entry = schedule.get(i);
            if (entry == null) {
                errors.add(new FieldError(path, "is required"));
                continue;
            }
            if (isBlank(entry.day())) {
                errors.add(new FieldError(path + ".day", "is required"));
            } else if (!DAYS.contains(entry.day())) {
                errors.add(new FieldError(path + ".day", "must be a day name such as MONDAY"));
            }
            boolean startOk = checkTime(path + ".start", entry.start(), errors);
            boolean endOk = checkTime(path + ".end", entry.end(), errors);
            if (startOk && endOk && !LocalTime.parse(entry.start()).isBefore(LocalTime.parse(entry.end()))) {
                errors.add(new FieldError(path + ".end", "must be after start"));
            }
        }
    }

    private static boolean checkTime(String field, String value, List<FieldError> errors) {
        if (isBlank(value)) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        if (!TIME.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be a time HH:mm"));
            return false;
        }
        return true;
    }

    private static void checkAccessibility(List<String> tags, List<FieldError> errors) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            errors.add(new FieldError("accessibility", "must have at most " + MAX_TAGS + " entries"));
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String path = "accessibility[" + i + "]";
            if (isBlank(tag)) {
                errors.add(new FieldError(path, "is required"));
            } else if (tag.length() > MAX_TAG_LENGTH || !SLUG.matcher(tag).matches()) {
                errors.add(new FieldError(path,
                        "must be a lower-case tag such as step-free, at most " + MAX_TAG_LENGTH + " characters"));
            }
        }
    }

    private static void checkLanguages(List<String> languages, List<FieldError> errors) {
        if (languages == null) {
            return;
        }
        if (languages.size() > MAX_LANGUAGES) {
            errors.add(new FieldError("languages", "must have at most " + MAX_LANGUAGES + " entries"));
            return;
        }
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i);
            if (code == null || !ISO_639_1.contains(code)) {
                errors.add(new FieldError("languages[" + i + "]",
                        "must be a lower-case ISO 639-1 code such as en or cy"));
            }
        }
    }

    private static boolean checkRange(String field, Integer value, int min, int max, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
            return false;
        }
        return true;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
