package org.pathway.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.domain.ScheduleEntry;

class ActivityRequestValidatorTest {

    @Test
    void acceptsTheApiExampleActivity() throws Exception {
        String json = """
                {"providerId": "green-gym", "providerName": "Green Gym Islington", "name": "Saturday nature club",
                 "category": "nature", "description": "...", "minAge": 11, "maxAge": 18,
                 "postcode": "N7 8JL", "latitude": 51.556, "longitude": -0.116,
                 "schedule": [{"day": "SATURDAY", "start": "10:00", "end": "12:00"}],
                 "capacity": 12, "costPerSessionPence": 850, "accessibility": ["step-free"], "languages": ["en"],
                 "active": true}
                """;
        ActivityRequest request = new ObjectMapper().readValue(json, ActivityRequest.class);

        assertThat(ActivityRequestValidator.check(request)).isEmpty();
        assertThat(request.scheduleOrEmpty()).containsExactly(new ScheduleEntry("SATURDAY", "10:00", "12:00"));
    }

    @Test
    void acceptsAMinimalActivityWithOnlyRequiredFields() {
        ActivityRequest minimal = new ActivityRequest("p", "Provider", "Club", "other", null, 0, 25, null, null, null,
                null, 1, 0, null, null, null);

        assertThat(ActivityRequestValidator.check(minimal)).isEmpty();
        assertThat(minimal.activeOrDefault()).isTrue();
        assertThat(minimal.languagesOrDefault()).containsExactly("en");
        assertThat(minimal.accessibilityOrEmpty()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arts", "sport", "nature", "peer-support", "befriending", "skills", "social", "other"})
    void acceptsEveryApiCategory(String category) {
        assertThat(ActivityRequestValidator.check(ActivityRequests.with(b -> b.category(category)))).isEmpty();
    }

    static Stream<Arguments> invalidActivities() {
        return Stream.of(
                bad("missing providerId", b -> b.providerId(null), "providerId", "is required"),
                bad("providerId with spaces", b -> b.providerId("Green Gym"), "providerId", "lower-case"),
                bad("providerId too long", b -> b.providerId("a".repeat(65)), "providerId", "at most 64"),
                bad("blank providerName", b -> b.providerName("  "), "providerName", "is required"),
                bad("missing name", b -> b.name(null), "name", "is required"),
                bad("name too long", b -> b.name("x".repeat(201)), "name", "at most 200"),
                bad("description too long", b -> b.description("x".repeat(4001)), "description", "at most 4000"),
                bad("missing category", b -> b.category(null), "category", "is required"),
                bad("unknown category", b -> b.category("music"), "category", "must be one of"),
                bad("category in capitals", b -> b.category("ARTS"), "category", "must be one of"),
                bad("missing minAge", b -> b.minAge(null), "minAge", "is required"),
                bad("negative minAge", b -> b.minAge(-1), "minAge", "between 0 and 25"),
                bad("maxAge above 25", b -> b.maxAge(26), "maxAge", "between 0 and 25"),
                bad("minAge above maxAge", b -> b.minAge(16).maxAge(14), "maxAge", "must not be below minAge"),
                bad("postcode not UK", b -> b.postcode("12345"), "postcode", "UK postcode"),
                bad("postcode area Royal Mail never uses", b -> b.postcode("QA1 1AA"), "postcode", "UK postcode"),
                bad("postcode inward letter Royal Mail never uses", b -> b.postcode("N1 9CI"), "postcode", "UK postcode"),
                bad("latitude without longitude", b -> b.longitude(null), "longitude", "together"),
                bad("longitude without latitude", b -> b.latitude(null), "latitude", "together"),
                bad("latitude out of range", b -> b.latitude(91.0), "latitude", "within the UK"),
                bad("longitude out of range", b -> b.longitude(-181.0), "longitude", "within the UK"),
                bad("schedule entry missing", b -> b.schedule(Collections.singletonList(null)), "schedule[0]", "is required"),
                bad("day abbreviated", b -> b.schedule(List.of(new ScheduleEntry("SAT", "10:00", "12:00"))),
                        "schedule[0].day", "day name"),
                bad("day lower case", b -> b.schedule(List.of(new ScheduleEntry("saturday", "10:00", "12:00"))),
                        "schedule[0].day", "day name"),
                bad("day missing", b -> b.schedule(List.of(new ScheduleEntry(null, "10:00", "12:00"))),
                        "schedule[0].day", "is required"),
                bad("start without leading zero", b -> b.schedule(List.of(
                        new ScheduleEntry("MONDAY", "10:00", "11:00"), new ScheduleEntry("MONDAY", "9:00", "12:00"))),
                        "schedule[1].start", "HH:mm"),
                bad("end at 24:00", b -> b.schedule(List.of(new ScheduleEntry("MONDAY", "22:00", "24:00"))),
                        "schedule[0].end", "HH:mm"),
                bad("end with seconds", b -> b.schedule(List.of(new ScheduleEntry("MONDAY", "10:00", "12:00:00"))),
                        "schedule[0].end", "HH:mm"),
                bad("start equals end", b -> b.schedule(List.of(new ScheduleEntry("MONDAY", "10:00", "10:00"))),
                        "schedule[0].end", "after start"),
                bad("end before start", b -> b.schedule(List.of(new ScheduleEntry("MONDAY", "12:00", "10:00"))),
                        "schedule[0].end", "after start"),
                bad("too many sessions", b -> b.schedule(Collections.nCopies(22, new ScheduleEntry("MONDAY", "10:00", "11:00"))),
                        "schedule", "at most 21"),
                bad("missing capacity", b -> b.capacity(null), "capacity", "is required"),
                bad("zero capacity", b -> b.capacity(0), "capacity", "between 1 and 1000"),
                bad("capacity above 1000", b -> b.capacity(1001), "capacity", "between 1 and 1000"),
                bad("missing cost", b -> b.cost(null), "costPerSessionPence", "is required"),
                bad("negative cost", b -> b.cost(-1), "costPerSessionPence", "between 0 and 100000"),
                bad("cost above £1000", b -> b.cost(100_001), "costPerSessionPence", "between 0 and 100000"),
                bad("accessibility tag with spaces", b -> b.accessibility(List.of("step free")), "accessibility[0]", "tag"),
                bad("blank accessibility tag", b -> b.accessibility(List.of("step-free", " ")), "accessibility[1]", "is required"),
                bad("language as a name", b -> b.languages(List.of("en", "Welsh")), "languages[1]", "ISO 639-1"),
                bad("three-letter language", b -> b.languages(List.of("cym")), "languages[0]", "ISO 639-1"),
                bad("language in capitals", b -> b.languages(List.of("CY")), "languages[0]", "ISO 639-1"),
                bad("made-up language", b -> b.languages(List.of("xx")), "languages[0]", "ISO 639-1"));
    }

    private static Arguments bad(String why, UnaryOperator<ActivityRequests.Builder> change, String field,
            String message) {
        return Arguments.of(why, ActivityRequests.with(change), field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidActivities")
    void reportsTheOffendingFieldOnly(String why, ActivityRequest request, String field, String message) {
        List<FieldError> errors = ActivityRequestValidator.check(request);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo(field);
        assertThat(errors.get(0).message()).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N7 8JL", "n78jl", "CF10 1AA", "EC1A 1BB", "W1A 0AX", "CF24 3DG"})
    void acceptsUkPostcodeFormats(String postcode) {
        assertThat(ActivityRequestValidator.check(ActivityRequests.with(b -> b.postcode(postcode)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cy", "en", "pl", "ur", "so", "ar"})
    void acceptsIso6391Languages(String code) {
        assertThat(ActivityRequestValidator.check(ActivityRequests.with(b -> b.languages(List.of(code))))).isEmpty();
    }

    @Test
    void rejectsSwappedLatitudeAndLongitude() {
        List<FieldError> errors = ActivityRequestValidator.check(ActivityRequests.with(b -> b.latitude(-0.116).longitude(51.556)));

        assertThat(errors).extracting(FieldError::field).containsExactly("latitude", "longitude");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ActivityRequest empty = new ActivityRequest(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        assertThat(ActivityRequestValidator.check(empty)).extracting(FieldError::field).containsExactly(
                "providerId", "providerName", "name", "category", "minAge", "maxAge", "capacity",
                "costPerSessionPence");
    }

    @Test
    void neverEchoesTheSubmittedValue() {
        String postcode = "ZZ99 9ZZZ";
        String name = "x".repeat(150) + "SECRET" + "x".repeat(150);
        List<FieldError> errors = ActivityRequestValidator.check(
                ActivityRequests.with(b -> b.postcode(postcode).name(name).languages(Arrays.asList("zz-secret"))));

        assertThat(errors).hasSize(3);
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain(postcode, "SECRET", "zz-secret"));
    }
}
