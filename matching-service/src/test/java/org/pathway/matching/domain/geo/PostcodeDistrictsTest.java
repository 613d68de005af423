package org.pathway.matching.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PostcodeDistrictsTest {

    private static final PostcodeDistricts TABLE = PostcodeDistricts.load();

    static Stream<String> northLondonDistricts() {
        List<String> districts = new ArrayList<>();
        IntStream.rangeClosed(1, 22).forEach(i -> districts.add("N" + i));
        IntStream.rangeClosed(1, 11).forEach(i -> districts.add("NW" + i));
        IntStream.rangeClosed(1, 18).forEach(i -> districts.add("E" + i));
        districts.addAll(List.of("N1C", "E1W", "E20", "EC1A", "EC1M", "EC1N", "EC1R", "EC1V", "EC1Y", "EC2A",
                "EC2M", "EC2N", "EC2R", "EC2V", "EC2Y", "EC3A", "EC3M", "EC3N", "EC3R", "EC3V", "EC4A", "EC4M",
                "EC4N", "EC4R", "EC4V", "EC4Y", "WC1A", "WC1B", "WC1E", "WC1H", "WC1N", "WC1R", "WC1V", "WC1X",
                "WC2A", "WC2B", "WC2E", "WC2H", "WC2N", "WC2R"));
        return districts.stream();
    }

    static Stream<String> cardiffAndValeDistricts() {
        return Stream.of("CF3", "CF5", "CF10", "CF11", "CF14", "CF15", "CF23", "CF24", "CF61", "CF62", "CF63",
                "CF64", "CF71", "CF72");
    }

    @ParameterizedTest
    @MethodSource("northLondonDistricts")
    void placesEveryNorthLondonDistrictInNorthOrCentralLondon(String district) {
        assertThat(TABLE.centroid(district)).hasValueSatisfying(c -> {
            assertThat(c.latitude()).isBetween(51.49, 51.65);
            assertThat(c.longitude()).isBetween(-0.28, 0.07);
        });
    }

    @ParameterizedTest
    @MethodSource("cardiffAndValeDistricts")
    void placesEveryCardiffAndValeDistrictAroundCardiff(String district) {
        assertThat(TABLE.centroid(district)).hasValueSatisfying(c -> {
            assertThat(c.latitude()).isBetween(51.38, 51.56);
            assertThat(c.longitude()).isBetween(-3.50, -3.05);
        });
    }

    @ParameterizedTest(name = "{0} is {2}–{3} km from {1}")
    @CsvSource(textBlock = """
            N7,   N19,  1,  3
            N1,   EC1V, 0.5, 2.5
            SW1A, M1,   255, 270
            EH1,  G1,   65,  75
            LS1,  M1,   55,  60
            E17,  E4,   3,  5
            CF10, CF24, 1,  3
            CF10, CF64, 3,  6
            CF62, CF63, 1,  5
            N1,   CF10, 205, 215
            """)
    void keepsNeighbouringDistrictsAtPlausibleDistances(String from, String to, double minKm, double maxKm) {
        double km = Distance.km(TABLE.centroid(from).orElseThrow(), TABLE.centroid(to).orElseThrow());

        assertThat(km).isBetween(minKm, maxKm);
    }

    @Test
    void coversEveryGeographicDistrictOfGreatBritainButNotNorthernIreland() {
        assertThat(TABLE.districts()).hasSize(2735).contains("AB10", "CF10", "SW1A", "ZE1", "TR21", "HS1")
                .noneMatch(d -> d.startsWith("BT"));
    }

    @ParameterizedTest(name = "{0} is near {1}, {2}")
    @CsvSource(textBlock = """
            N1,   51.538, -0.097
            CF10, 51.478, -3.178
            SW1A, 51.501, -0.141
            M1,   53.480, -2.236
            EH1,  55.952, -3.189
            """)
    void placesKnownCentresWithinAKilometre(String district, double latitude, double longitude) {
        assertThat(Distance.km(TABLE.centroid(district).orElseThrow(), new LatLng(latitude, longitude)))
                .isLessThan(1.0);
    }

    @Test
    void ignoresCaseAndSurroundingSpaces() {
        assertThat(TABLE.centroid(" cf24 ")).isEqualTo(TABLE.centroid("CF24")).isPresent();
    }

    @Test
    void hasNoCentroidForUnknownOrMissingDistricts() {
        assertThat(TABLE.centroid("SR43")).as("created after the table's edition").isEmpty();
        assertThat(TABLE.centroid("BT1")).as("Northern Ireland is not covered").isEmpty();
        assertThat(TABLE.centroid("")).isEmpty();
        assertThat(TABLE.centroid(null)).isEmpty();
    }

    @Test
    void readsAnyCsvWithCommentsAndBlankLines() {
        PostcodeDistricts table = PostcodeDistricts.fromCsv(new StringReader("""
                # a comment
                district,latitude,longitude

                ab1, 57.1, -2.1
                """));

        assertThat(table.districts()).containsExactly("AB1");
        assertThat(table.centroid("AB1")).contains(new LatLng(57.1, -2.1));
    }

    @Test
    void refusesATableListingADistrictTwice() {
        assertThatThrownBy(() -> PostcodeDistricts.fromCsv(new StringReader("""
                district,latitude,longitude
                N1,51.5,-0.1
                n1,51.6,-0.1
                """))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N1");
    }

    @Test
    void refusesImpossibleCoordinates() {
        assertThatThrownBy(() -> PostcodeDistricts.fromCsv(new StringReader("""
                district,latitude,longitude
                N1,-0.1,251.5
                """))).isInstanceOf(RuntimeException.class);
    }
}
