package org.pathway.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.matching.domain.geo.PostcodeDistricts;

class RecommenderTest {

    // N7 at a round point, and a second district exactly 0.01° of latitude (≈ 1.1 km) north.
    private static final PostcodeDistricts DISTRICTS = PostcodeDistricts.fromCsv(new StringReader("""
            district,latitude,longitude
            N7,51.55,-0.12
            N19,51.56,-0.12
            """));

    private final Recommender recommender = new Recommender(DISTRICTS);

    private static ParticipantProfile sam() {
        return new ParticipantProfile("p-1", 14, List.of("art", "football"), "N7", List.of(), "en");
    }

    private static Candidate activity(String name, String category) {
        return new Candidate(id(name), name, category, 11, 18, true, false, 12, 9, 51.55, -0.12, null,
                List.of("step-free"),
                List.of("en"));
    }

    private static UUID id(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes());
    }

    /** An arts club matching Sam on everything except what the row changes. */
    private static Candidate artClub(int minAge, int maxAge, boolean active, int capacity, int placesTaken) {
        return new Candidate(id("art"), "Art club", "arts", minAge, maxAge, active, false, capacity, placesTaken, 51.55,
                -0.12, null, List.of(), List.of("en"));
    }

    static Stream<Arguments> ineligible() {
        return Stream.of(
                Arguments.of("inactive", artClub(11, 18, false, 12, 0), "inactive"),
                Arguments.of("full", artClub(11, 18, true, 12, 12), "full"),
                Arguments.of("overbooked", artClub(11, 18, true, 12, 13), "full"),
                Arguments.of("no capacity", artClub(11, 18, true, 0, 0), "full"),
                Arguments.of("too young", artClub(15, 18, true, 12, 0), "age 14 outside 15–18"),
                Arguments.of("too old", artClub(8, 13, true, 12, 0), "age 14 outside 8–13"));
    }

    @Test
    void recommendsTheSameClubOnceEveryFilterPasses() {
        assertThat(Recommender.exclusion(sam(), artClub(11, 18, true, 12, 11))).isEmpty();
        assertThat(recommender.recommend(sam(), List.of(artClub(11, 18, true, 12, 11)), 5)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ineligible")
    void neverRecommendsAnIneligibleActivity(String why, Candidate candidate, String exclusion) {
        assertThat(Recommender.exclusion(sam(), candidate)).contains(exclusion);
        assertThat(recommender.recommend(sam(), List.of(candidate), 5)).isEmpty();
    }

    @ParameterizedTest(name = "needs {0}, offered {1} → eligible {2}")
    @CsvSource(textBlock = """
            '',                      '',                     true
            step-free,               step-free,              true
            Step-Free,               step-free,              true
            step-free,               '',                     false
            step-free hearing-loop,  step-free,              false
            step-free hearing-loop,  hearing-loop step-free, true
            """)
    void requiresEveryStatedAccessibilityNeed(String needs, String offered, boolean eligible) {
        ParticipantProfile profile = new ParticipantProfile("p-1", 14, List.of(), "N7", words(needs), "en");
        Candidate candidate = new Candidate(id("a"), "Club", "arts", 11, 18, true, false, 10, 0, 51.55, -0.12, null,
                words(offered), List.of("en"));

        assertThat(recommender.recommend(profile, List.of(candidate), 5)).hasSize(eligible ? 1 : 0);
        assertThat(Recommender.exclusion(profile, candidate).isEmpty()).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "age {0} in {1}–{2}")
    @CsvSource({"11, 11, 18", "18, 11, 18", "14, 14, 14"})
    void includesTheAgeBoundaries(int age, int min, int max) {
        ParticipantProfile profile = new ParticipantProfile("p-1", age, List.of(), "N7", List.of(), "en");
        Candidate candidate = new Candidate(id("a"), "Club", "arts", min, max, true, false, 10, 0, null, null,
                null, null, null);

        assertThat(recommender.recommend(profile, List.of(candidate), 5)).singleElement()
                .satisfies(r -> assertThat(r.reasons()).contains("age " + age + " in " + min + "–" + max));
    }

    @Test
    void explainsEachRecommendationInWords() {
        Candidate artClub = new Candidate(id("art"), "Art club", "arts", 11, 18, true, false, 12, 9, 51.569, -0.12,
                null,
                List.of(), List.of("en"));

        Recommendation r = recommender.recommend(sam(), List.of(artClub), 5).get(0);

        assertThat(r.activityId()).isEqualTo(id("art"));
        assertThat(r.name()).isEqualTo("Art club");
        assertThat(r.reasons()).containsExactly("interest: art", "within 2.1 km", "age 14 in 11–18", "3 places left");
    }

    @Test
    void scoresEachTermAsDocumented() {
        // Same point as the participant's district: full distance points, no decay.
        Candidate here = new Candidate(id("here"), "Here", "arts", 11, 18, true, false, 12, 9, 51.55, -0.12, null,
                List.of(),
                List.of("en"));
        Candidate unlocated = new Candidate(id("nowhere"), "Nowhere", "arts", 11, 18, true, false, 12, 9, null,
                null, null,
                List.of(), List.of("en"));
        Candidate roomy = new Candidate(id("roomy"), "Roomy", "other", 11, 18, true, false, 30, 0, null, null,
                null, List.of(),
                List.of("en"));

        List<Recommendation> result = recommender.recommend(sam(), List.of(here, unlocated, roomy), 5);

        // interest 40 + distance 30 + places 3×2
        assertThat(result).extracting(Recommendation::name, Recommendation::score).containsExactly(
                tuple("Here", 76.0), tuple("Nowhere", 46.0), tuple("Roomy", 10.0));
    }

    @Test
    void addsFivePointsForEachFurtherMatchingInterestUpToFifty() {
        ParticipantProfile keen = new ParticipantProfile("p-1", 14,
                List.of("art", "drawing", "music", "drama", "photography"), null, List.of(), "en");
        Candidate art = new Candidate(id("art"), "Art", "arts", 11, 18, true, false, 1, 0, null, null, null, null,
                null);

        Recommendation r = recommender.recommend(keen, List.of(art), 1).get(0);

        assertThat(r.score()).isEqualTo(50.0 + 2);
        assertThat(r.reasons()).startsWith("interest: art", "interest: drawing", "interest: music", "interest: drama",
                "interest: photography");
    }

    @Test
    void ranksCloserActivitiesHigher() {
        Candidate near = new Candidate(id("near"), "Zebra club", "arts", 11, 18, true, false, 12, 9, 51.551, -0.12,
                null,
                List.of(), List.of("en"));
        Candidate far = new Candidate(id("far"), "Aardvark club", "arts", 11, 18, true, false, 12, 9, 51.60, -0.12,
                null,
                List.of(), List.of("en"));

        assertThat(recommender.recommend(sam(), List.of(far, near), 5)).extracting(Recommendation::name)
                .containsExactly("Zebra club", "Aardvark club");
    }

    @Test
    void breaksTiesByNameThenId() {
        Candidate b = activity("Beta", "arts");
        Candidate a1 = new Candidate(UUID.fromString("00000000-0000-0000-0000-000000000002"), "Alpha", "arts", 11, 18,
                true, false, 12, 9, 51.55, -0.12, null, List.of(), List.of("en"));
        Candidate a2 = new Candidate(UUID.fromString("00000000-0000-0000-0000-000000000001"), "Alpha", "arts", 11, 18,
                true, false, 12, 9, 51.55, -0.12, null, List.of(), List.of("en"));

        List<Recommendation> once = recommender.recommend(sam(), List.of(b, a1, a2), 5);
        List<Recommendation> reversed = recommender.recommend(sam(), List.of(a2, a1, b), 5);

        assertThat(once).extracting(Recommendation::activityId).containsExactly(a2.activityId(), a1.activityId(),
                b.activityId());
        assertThat(reversed).isEqualTo(once);
    }

    @Test
    void returnsAtMostTheLimitBestFirst() {
        List<Candidate> many = Stream.of("A", "B", "C", "D", "E", "F")
                .map(n -> new Candidate(id(n), n, "arts", 11, 18, true, false, 10, 10 - (n.charAt(0) - 'A' + 1),
                        null, null, null,
                        null, null))
                .toList();

        assertThat(recommender.recommend(sam(), many, 3)).extracting(Recommendation::name)
                .containsExactly("E", "F", "D");
        assertThatThrownBy(() -> recommender.recommend(sam(), many, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "district {0}, activity at {1} / {2} → {3}")
    @CsvSource(nullValues = "none", textBlock = """
            ZZ9,  51.55, N7 6AA,   distance unknown (postcode district not in table)
            '',   51.55, N7 6AA,   distance unknown (no postcode district)
            N7,   none,  none,     distance unknown (activity has no location)
            N7,   none,  ZE1 0AA,  distance unknown (activity's postcode district not in table)
            N7,   none,  not-a-pc, distance unknown (activity has no location)
            """)
    void scoresWithoutDistanceAndSaysWhyWhenItIsUnknown(String district, Double latitude, String postcode,
                                                        String reason) {
        ParticipantProfile profile = new ParticipantProfile("p-1", 14, List.of("art"), district, List.of(), "en");
        Candidate candidate = new Candidate(id("a"), "Art", "arts", 11, 18, true, false, 12, 9,
                latitude, latitude == null ? null : -0.12, postcode, List.of(), List.of("en"));

        Recommendation r = recommender.recommend(profile, List.of(candidate), 5).get(0);

        assertThat(r.reasons()).contains(reason).noneMatch(s -> s.startsWith("within"));
        assertThat(r.score()).isEqualTo(40.0 + 6);
    }

    @Test
    void measuresFromThePostcodeDistrictOfAnActivityWithoutCoordinates() {
        Candidate byPostcode = new Candidate(id("pc"), "Art", "arts", 11, 18, true, false, 12, 9, null, null,
                "n19 5aa", List.of(), List.of("en"));

        Recommendation r = recommender.recommend(sam(), List.of(byPostcode), 5).get(0);

        assertThat(r.reasons()).contains("within 1.1 km (by postcode district)");
        assertThat(r.score()).isEqualTo(40 + 6 + 30 * Math.exp(-1.112 / 5), within(0.1));
    }

    @Test
    void prefersTheActivitysOwnCoordinatesToItsPostcode() {
        Candidate both = new Candidate(id("both"), "Art", "arts", 11, 18, true, false, 12, 9, 51.55, -0.12,
                "N19 5AA", List.of(), List.of("en"));

        assertThat(recommender.recommend(sam(), List.of(both), 5).get(0).reasons()).contains("within 0.1 km");
    }

    @Test
    void neverRecommendsAnActivityWhoseAgesAwaitReview() {
        Candidate awaiting = new Candidate(id("a"), "Art", "arts", 0, 25, true, true, 12, 0, 51.55, -0.12, null,
                List.of(), List.of("en"));

        assertThat(recommender.recommend(sam(), List.of(awaiting), 5)).isEmpty();
        assertThat(Recommender.exclusion(sam(), awaiting)).contains("ages await review");
    }

    @Test
    void findsTheDistrictIgnoringCase() {
        ParticipantProfile profile = new ParticipantProfile("p-1", 14, List.of(), "n19", List.of(), "en");

        assertThat(recommender.recommend(profile, List.of(activity("Art", "arts")), 1).get(0).reasons())
                .contains("within 1.1 km");
    }

    @ParameterizedTest(name = "prefers {0}, offered {1} → {2}")
    @CsvSource(textBlock = """
            cy,  en cy, offered in Welsh
            CY,  cy,    offered in Welsh
            pl,  en pl, offered in Polish
            """)
    void favoursActivitiesInThePreferredLanguage(String preference, String offered, String reason) {
        Candidate inLanguage = unlocated("Zz in language", words(offered));
        Candidate english = unlocated("Aa in English", List.of("en"));

        List<Recommendation> result = recommender.recommend(speaking(preference), List.of(english, inLanguage), 5);

        assertThat(result.get(0).name()).isEqualTo("Zz in language");
        assertThat(result.get(0).reasons()).contains(reason);
        assertThat(result.get(0).score() - result.get(1).score()).isEqualTo(10.0);
    }

    @ParameterizedTest(name = "prefers {0}")
    @CsvSource({"en", "''", "cy"})
    void givesNoLanguageBonusForEnglishOrALanguageNotOffered(String preference) {
        Recommendation r = recommender.recommend(speaking(preference), List.of(unlocated("In English",
                List.of("en"))), 1)
                .get(0);

        assertThat(r.reasons()).noneMatch(s -> s.startsWith("offered in"));
        assertThat(r.score()).isEqualTo(2.0);
    }

    @Test
    void saysOnePlaceLeftInTheSingular() {
        assertThat(recommender.recommend(sam(), List.of(unlocated("Last", List.of())), 1).get(0).reasons())
                .contains("1 place left");
    }

    /** A participant in no known district who prefers the language. */
    private static ParticipantProfile speaking(String language) {
        return new ParticipantProfile("p-1", 14, List.of(), null, List.of(), language);
    }

    /** An activity without a location, with one place left, offered in the languages. */
    private static Candidate unlocated(String name, List<String> languages) {
        return new Candidate(id(name), name, "other", 11, 18, true, false, 10, 9, null, null, null, null, languages);
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }
}
