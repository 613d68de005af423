package org.pathway.matching.api;

import java.util.List;
import java.util.function.UnaryOperator;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.domain.ScheduleEntry;

/** Test data: the API.md example activity, and copies of it with one thing changed. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    static ActivityRequest valid() {
        return new ActivityRequest("green-gym", "Green Gym Islington", "Saturday nature club", "nature",
                "Conservation and wildlife walks", 11, 18, "N7 8JL", 51.556, -0.116,
                List.of(new ScheduleEntry("SATURDAY", "10:00", "12:00")), 12, 850, List.of("step-free"),
                List.of("en"), true);
    }

    static Builder from(ActivityRequest a) {
        return new Builder(a);
    }

    static ActivityRequest with(UnaryOperator<Builder> change) {
        return change.apply(from(valid())).build();
    }

    static final class Builder {
        String providerId;
        String providerName;
        String name;
        String category;
        String description;
        Integer minAge;
        Integer maxAge;
        String postcode;
        Double latitude;
        Double longitude;
        List<ScheduleEntry> schedule;
        Integer capacity;
        Integer costPerSessionPence;
        List<String> accessibility;
        List<String> languages;
        Boolean active;

        Builder(ActivityRequest a) {
            providerId = a.providerId();
            providerName = a.providerName();
            name = a.name();
            category = a.category();
            description = a.description();
            minAge = a.minAge();
            maxAge = a.maxAge();
            postcode = a.postcode();
            latitude = a.latitude();
            longitude = a.longitude();
            schedule = a.schedule();
            capacity = a.capacity();
            costPerSessionPence = a.costPerSessionPence();
            accessibility = a.accessibility();
            languages = a.languages();
            active = a.active();
        }

        Builder providerId(String v) { providerId = v; return this; }
        Builder providerName(String v) { providerName = v; return this; }
        Builder name(String v) { name = v; return this; }
        Builder category(String v) { category = v; return this; }
        Builder description(String v) { description = v; return this; }
        Builder minAge(Integer v) { minAge = v; return this; }
        Builder maxAge(Integer v) { maxAge = v; return this; }
        Builder postcode(String v) { postcode = v; return this; }
        Builder latitude(Double v) { latitude = v; return this; }
        Builder longitude(Double v) { longitude = v; return this; }
        Builder schedule(List<ScheduleEntry> v) { schedule = v; return this; }
        Builder capacity(Integer v) { capacity = v; return this; }
        Builder cost(Integer v) { costPerSessionPence = v; return this; }
        Builder accessibility(List<String> v) { accessibility = v; return this; }
        Builder languages(List<String> v) { languages = v; return this; }
        Builder active(Boolean v) { active = v; return this; }

        ActivityRequest build() {
            return new ActivityRequest(providerId, providerName, name, category, description, minAge, maxAge,
                    postcode, latitude, longitude, schedule, capacity, costPerSessionPence, accessibility,
                    languages, active);
        }
    }
}
