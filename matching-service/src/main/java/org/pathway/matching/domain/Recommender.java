package org.pathway.matching.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.chassis.geo.Postcodes;
import org.pathway.matching.domain.geo.Distance;
import org.pathway.matching.domain.geo.LatLng;
import org.pathway.matching.domain.geo.PostcodeDistricts;

/**
 * Ranks activities for a young person. Transparent on purpose: every point of the score comes
 * from one of the terms below and each term that applies adds a reason in plain words.
 *
 * <p><b>Hard filters</b> (an activity failing any is never recommended): it is active; its ages
 * do not await a person's review (an imported service whose ages nobody stated); the
 * participant's age is within {@code [minAge, maxAge]}; it has at least one free place
 * ({@code capacity − placesTaken > 0}); it offers every accessibility need the participant has
 * stated (tags compared ignoring case).
 *
 * <p><b>Score</b> = interest + distance + language + places, rounded to one decimal:
 * <ul>
 *   <li><b>interest</b> (0–50): {@value #INTEREST_FIRST} when at least one of the participant's
 *       interests maps to the activity's category through {@link InterestCategories}, plus
 *       {@value #INTEREST_EXTRA} for each further matching interest, at most {@value #INTEREST_MAX}.
 *       Reason per matching interest: {@code "interest: art"}.</li>
 *   <li><b>distance</b> (0–{@value #DISTANCE_MAX}): {@code 30 × e^(−km / 5)} from the centroid of the
 *       participant's postcode district to the activity's coordinates, or, when it has none, to
 *       the centroid of its postcode's district — 30 on the doorstep, about 20 at 2 km, 11 at
 *       5 km, 4 at 10 km. Reason {@code "within 2.1 km"}, or {@code "within 2.1 km (by postcode
 *       district)"}. When the participant's district is missing or not in the table, or the
 *       activity has neither coordinates nor a postcode of a known district, the term is 0 and
 *       the reason says {@code "distance unknown (...)"} with the cause.</li>
 *   <li><b>language</b> ({@value #LANGUAGE_BONUS}): the participant prefers a language other than
 *       English and the activity is offered in it. Reason {@code "offered in Welsh"}.</li>
 *   <li><b>places</b> (0–10): {@value #PER_FREE_PLACE} per free place, counting at most
 *       {@value #PLACES_COUNTED} — a group with room is likelier to take the young person
 *       soon. Reason {@code "3 places left"}.</li>
 * </ul>
 * The age reason ({@code "age 14 in 11–18"}) is always given. Order is deterministic: score
 * descending, then name, then activity id.
 */
public final class Recommender {

    static final int INTEREST_FIRST = 40;
    static final int INTEREST_EXTRA = 5;
    static final int INTEREST_MAX = 50;
    static final int DISTANCE_MAX = 30;
    static final double DISTANCE_DECAY_KM = 5.0;
    static final int LANGUAGE_BONUS = 10;
    static final int PER_FREE_PLACE = 2;
    static final int PLACES_COUNTED = 5;

    static final String NO_DISTRICT = "distance unknown (no postcode district)";
    static final String DISTRICT_NOT_IN_TABLE = "distance unknown (postcode district not in table)";
    static final String ACTIVITY_NOT_LOCATED = "distance unknown (activity has no location)";
    static final String ACTIVITY_DISTRICT_NOT_IN_TABLE = "distance unknown (activity's postcode district not in table)";
    static final String BY_DISTRICT = " (by postcode district)";

    private static final Comparator<Recommendation> ORDER = Comparator
            .comparingDouble(Recommendation::score).reversed()
            .thenComparing(Recommendation::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Recommendation::activityId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final PostcodeDistricts districts;

    public Recommender(PostcodeDistricts districts) {
        this.districts = districts;
    }

    /** The best {@code limit} eligible activities, best first. */
    public List<Recommendation> recommend(ParticipantProfile profile, List<Candidate> candidates, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Optional<LatLng> home = home(profile);
        return candidates.stream()
                .filter(c -> exclusion(profile, c).isEmpty())
                .map(c -> score(profile, home, c))
                .sorted(ORDER)
                .limit(limit)
                .toList();
    }

    /**
     * Why an activity is filtered out, or empty when it is eligible. Useful to explain to a link
     * worker why an activity they expected is missing.
     */
    public static Optional<String> exclusion(ParticipantProfile profile, Candidate c) {
        if (!c.active()) {
            return Optional.of("inactive");
        }
        if (c.needsReview()) {
            return Optional.of("ages await review");
        }
        if (profile.age() < c.minAge() || profile.age() > c.maxAge()) {
            return Optional.of("age " + profile.age() + " outside " + c.minAge() + "–" + c.maxAge());
        }
        if (c.freePlaces() <= 0) {
            return Optional.of("full");
        }
        Set<String> offered = lowerCase(c.accessibility());
        List<String> missing = lowerCase(profile.accessibilityNeeds()).stream()
                .filter(need -> !offered.contains(need))
                .toList();
        if (!missing.isEmpty()) {
            return Optional.of("lacks accessibility: " + String.join(", ", missing));
        }
        return Optional.empty();
    }

    private Recommendation score(ParticipantProfile profile, Optional<LatLng> home, Candidate c) {
        List<String> reasons = new ArrayList<>();
        double score = interestPoints(profile, c, reasons);
        score += distancePoints(profile, home, c, reasons);
        reasons.add("age " + profile.age() + " in " + c.minAge() + "–" + c.maxAge());
        score += placesPoints(c, reasons);
        score += languagePoints(profile, c, reasons);
        return new Recommendation(c.activityId(), c.name(), round(score), reasons);
    }

    private static double interestPoints(ParticipantProfile profile, Candidate c, List<String> reasons) {
        List<String> matching = profile.interests().stream()
                .filter(i -> i != null && InterestCategories.categoriesFor(i).contains(c.category()))
                .map(i -> i.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        matching.forEach(i -> reasons.add("interest: " + i));
        if (matching.isEmpty()) {
            return 0;
        }
        return Math.min(INTEREST_MAX, INTEREST_FIRST + INTEREST_EXTRA * (matching.size() - 1));
    }

    private double distancePoints(ParticipantProfile profile, Optional<LatLng> home, Candidate c,
            List<String> reasons) {
        if (profile.postcodeDistrict() == null || profile.postcodeDistrict().isBlank()) {
            reasons.add(NO_DISTRICT);
            return 0;
        }
        if (home.isEmpty()) {
            reasons.add(DISTRICT_NOT_IN_TABLE);
            return 0;
        }
        Optional<LatLng> place = located(c) ? Optional.of(new LatLng(c.latitude(), c.longitude()))
                : Postcodes.district(c.postcode()).flatMap(districts::centroid);
        if (place.isEmpty()) {
            reasons.add(Postcodes.district(c.postcode()).isPresent() ? ACTIVITY_DISTRICT_NOT_IN_TABLE
                    : ACTIVITY_NOT_LOCATED);
            return 0;
        }
        double km = Distance.km(home.get(), place.get());
        reasons.add("within " + String.format(Locale.ROOT, "%.1f", Math.max(0.1, km)) + " km"
                + (located(c) ? "" : BY_DISTRICT));
        return DISTANCE_MAX * Math.exp(-km / DISTANCE_DECAY_KM);
    }

    private static double placesPoints(Candidate c, List<String> reasons) {
        int free = c.freePlaces();
        reasons.add(free == 1 ? "1 place left" : free + " places left");
        return PER_FREE_PLACE * Math.min(free, PLACES_COUNTED);
    }

    private static double languagePoints(ParticipantProfile profile, Candidate c, List<String> reasons) {
        String preferred = profile.languagePreference() == null
                ? "" : profile.languagePreference().trim().toLowerCase(Locale.ROOT);
        if (preferred.isEmpty() || preferred.equals("en") || !lowerCase(c.languages()).contains(preferred)) {
            return 0;
        }
        reasons.add("offered in " + Locale.forLanguageTag(preferred).getDisplayLanguage(Locale.ENGLISH));
        return LANGUAGE_BONUS;
    }

    private static boolean located(Candidate c) {
        return c.latitude() != null && c.longitude() != null
                && Math.abs(c.latitude()) <= 90 && Math.abs(c.longitude()) <= 180;
    }

    private Optional<LatLng> home(ParticipantProfile profile) {
        return districts.centroid(profile.postcodeDistrict());
    }

    private static Set<String> lowerCase(List<String> values) {
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static double round(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
