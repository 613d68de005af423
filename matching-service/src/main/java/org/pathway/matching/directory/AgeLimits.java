package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pathway.matching.api.dto.ActivityRequest;

/**
 * Age limits from HSDS 3.0 {@code minimum_age}/{@code maximum_age} on the service, or from the
 * first ORUK v1 {@code eligibilitys[]} entry that has any. Missing limits default to our full
 * range 0–25; a maximum above 25 is capped (most directory services are "12 to 100"). A limit of
 * {@code -1} is how several publishers write "no limit" (Bristol's 3.0 feed), so it counts as not given,
 * like {@code null} and {@code ""}. Either {@code problem} is set, or {@code min}/{@code max} are usable.
 * {@code stated} says whether the directory gave any limit at all (a {@code -1} is none): without one the
 * range is no more than a default, and {@link ServiceProfile} looks for ages in the text or asks for a review.
 */
record AgeLimits(int min, int max, String problem, boolean stated) {

    private static final int CEILING = ActivityRequest.MAX_AGE;
    private static final BigDecimal NO_LIMIT = BigDecimal.ONE.negate();

    static AgeLimits of(JsonNode service, List<String> notes) {
        JsonNode source = service;
        if (!service.has("minimum_age") && !service.has("maximum_age")) {
            source = Json.objects(service, "eligibilitys").stream()
                    .filter(e -> e.has("minimum_age") || e.has("maximum_age"))
                    .findFirst().orElse(service);
        }
        Optional<BigDecimal> statedMin = Json.number(source, "minimum_age");
        Optional<BigDecimal> statedMax = Json.number(source, "maximum_age");
        if ((Json.text(source, "minimum_age") != null && statedMin.isEmpty())
                || (Json.text(source, "maximum_age") != null && statedMax.isEmpty())) {
            return invalid("age limit not a number");
        }
        Optional<BigDecimal> min = statedMin.filter(AgeLimits::isALimit);
        Optional<BigDecimal> max = statedMax.filter(AgeLimits::isALimit);
        int lo = min.map(BigDecimal::intValue).orElse(0);
        // An adults-only service without a stated maximum must still be recognised as adults-only.
        int hi = max.map(BigDecimal::intValue).orElse(Math.max(lo, CEILING));
        if (lo < 0) {
            return invalid("minimum age negative");
        }
        if (hi < lo) {
            return invalid("minimum age above maximum age");
        }
        if (min.isEmpty() && max.isEmpty()) {
            notes.add("no age limits given, defaulted to 0–" + CEILING);
        } else if (min.isEmpty()) {
            notes.add("no minimum age given, defaulted to 0");
        } else if (max.isEmpty() && lo <= CEILING) {
            notes.add("no maximum age given, defaulted to " + CEILING);
        }
        if (hi > CEILING && lo <= CEILING) {
            notes.add("maximum age " + hi + " capped at " + CEILING);
            hi = CEILING;
        }
        return new AgeLimits(lo, hi, null, min.isPresent() || max.isPresent());
    }

    private static boolean isALimit(BigDecimal age) {
        return age.compareTo(NO_LIMIT) != 0;
    }

    /** Out of scope for young people: nobody aged 25 or under may attend. */
    boolean adultsOnly() {
        return problem == null && min > CEILING;
    }

    private static AgeLimits invalid(String problem) {
        return new AgeLimits(0, 0, problem, false);
    }
}
