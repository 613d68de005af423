package org.pathway.matching.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.pathway.chassis.ids.Slug;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.domain.ActivityDetails;
import org.pathway.matching.domain.Categories;
import org.pathway.matching.domain.ScheduleEntry;

/**
 * Checks an {@link ActivityRequest} and turns it into {@link ActivityDetails}: the one-field
 * constraints declared on the request, then the rules below. Every problem is reported at once,
 * one per field, so a provider can fix a whole form in one go; messages never repeat the
 * submitted value. Imported directory services go through the same check.
 */
public final class ActivityRequestValidator {

    // Parameter interpolation only: messages must never be able to echo the submitted value.
    private static final Validator CONSTRAINTS = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final List<String> FIELDS =
            Arrays.stream(ActivityRequest.class.getRecordComponents()).map(RecordComponent::getName).toList();

    private ActivityRequestValidator() {
    }

    /** The request's details with every default applied; 422 naming each invalid field. */
    public static ActivityDetails toDetails(ActivityRequest a) {
        List<FieldError> errors = check(a);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new ActivityDetails(a.providerId(), a.providerName(), a.name(), a.category(), a.description(),
                a.minAge(), a.maxAge(), a.postcode(), a.latitude(), a.longitude(), a.scheduleOrEmpty(), a.capacity(),
                a.costPerSessionPence(), a.accessibilityOrEmpty(), a.languagesOrDefault(), a.activeOrDefault());
    }

    /** Whether a point lies where an activity's coordinates must be: inside the UK. */
    public static boolean inUk(double latitude, double longitude) {
        return CONSTRAINTS.validateValue(ActivityRequest.class, "latitude", latitude).isEmpty()
                && CONSTRAINTS.validateValue(ActivityRequest.class, "longitude", longitude).isEmpty();
    }

    /** Every invalid field, in the order of the request's fields. */
    public static List<FieldError> check(ActivityRequest a) {
        if (a == null) {
            return List.of(new FieldError("", "body is required"));
        }
        Errors errors = new Errors();
        CONSTRAINTS.validate(a).stream()
                .sorted(Comparator.comparingInt(v -> precedence(v.getConstraintDescriptor().getAnnotation())))
                .forEach(v -> errors.add(path(v.getPropertyPath()), v.getMessage()));
        errors.unless("providerId", a.providerId(), Slug::isValid,
                "must be lower-case letters, digits and single hyphens");
        errors.unless("category", a.category(), Categories.ALL::contains,
                "must be one of " + String.join(", ", Categories.ALL));
        if (errors.none("minAge", "maxAge") && a.minAge() > a.maxAge()) {
            errors.add("maxAge", "must not be below minAge");
        }
        if ((a.latitude() == null) != (a.longitude() == null)) {
            errors.add(a.latitude() == null ? "latitude" : "longitude", "latitude and longitude must be given together");
        }
        List<ScheduleEntry> schedule = a.scheduleOrEmpty();
        for (int i = 0; i < schedule.size(); i++) {
            String entry = "schedule[" + i + "]";
            if (errors.none(entry, entry + ".start", entry + ".end")
                    && !LocalTime.parse(schedule.get(i).start()).isBefore(LocalTime.parse(schedule.get(i).end()))) {
                errors.add(entry + ".end", "must be after start");
            }
        }
        List<String> tags = a.accessibilityOrEmpty();
        for (int i = 0; i < tags.size(); i++) {
            errors.unless("accessibility[" + i + "]", tags.get(i), Slug::isValid, ActivityRequest.TAG);
        }
        List<String> languages = a.languages() == null ? List.of() : a.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (!ISO_639_1.contains(String.valueOf(languages.get(i)))) {
                errors.add("languages[" + i + "]", "must be a lower-case ISO 639-1 code such as en or cy");
            }
        }
        return errors.inFieldOrder();
    }

    /** Of two broken constraints on one field the client hears of the more basic: missing, then too long. */
    private static int precedence(Annotation constraint) {
        if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            return 0;
        }
        return constraint instanceof Size ? 1 : 2;
    }

    /** {@code schedule[0].day}, {@code accessibility[1]}: the field as the client wrote it. */
    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    /** The first message for each field. */
    private static final class Errors {

        private final Map<String, String> byField = new HashMap<>();

        void add(String field, String message) {
            byField.putIfAbsent(field, message);
        }

        boolean none(String... fields) {
            return Arrays.stream(fields).noneMatch(byField::containsKey);
        }

        /** A rule for a value that passed its constraints: null means absent, which they have judged. */
        <T> void unless(String field, T value, Predicate<T> rule, String message) {
            if (value != null && none(field) && !rule.test(value)) {
                add(field, message);
            }
        }

        List<FieldError> inFieldOrder() {
            return byField.entrySet().stream()
                    .map(e -> new FieldError(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt((FieldError e) -> FIELDS.indexOf(e.field().split("[.\\[]")[0]))
                            .thenComparingInt(e -> index(e.field()))
                            .thenComparing(FieldError::field))
                    .toList();
        }

        private static int index(String field) {
            int open = field.indexOf('[');
            return open < 0 ? -1 : Integer.parseInt(field.substring(open + 1, field.indexOf(']')));
        }
    }
}
