package org.pathway.matching.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistanceTest {

    // One degree of arc on a sphere of radius R is R·π/180.
    private static final double KM_PER_DEGREE = Distance.EARTH_RADIUS_KM * Math.PI / 180;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            one degree north at the equator, 0, 0, 1, 0, 1
            one degree east at the equator,  0, 0, 0, 1, 1
            one degree north from London,    51.5, -0.1, 52.5, -0.1, 1
            half a degree south in Cardiff,  51.5, -3.2, 51.0, -3.2, 0.5
            """)
    void measuresArcsAlongMeridiansAndTheEquatorExactly(String why, double lat1, double lon1, double lat2,
            double lon2, double degrees) {
        assertThat(Distance.km(new LatLng(lat1, lon1), new LatLng(lat2, lon2)))
                .isCloseTo(degrees * KM_PER_DEGREE, within(1e-6));
    }

    @Test
    void shrinksEastWestDistanceWithTheCosineOfLatitude() {
        double atSixty = Distance.km(new LatLng(60, 0), new LatLng(60, 0.01));

        assertThat(atSixty).isCloseTo(0.01 * KM_PER_DEGREE * 0.5, within(1e-6));
    }

    @Test
    void isZeroForTheSamePointAndSymmetric() {
        LatLng kingsCross = new LatLng(51.5308, -0.1238);
        LatLng cardiffCentral = new LatLng(51.4758, -3.1792);

        assertThat(Distance.km(kingsCross, kingsCross)).isZero();
        assertThat(Distance.km(kingsCross, cardiffCentral)).isEqualTo(Distance.km(cardiffCentral, kingsCross));
        // London to Cardiff as the crow flies is a little over 210 km.
        assertThat(Distance.km(kingsCross, cardiffCentral)).isBetween(205.0, 215.0);
    }

    @Test
    void refusesImpossibleCoordinates() {
        assertThatThrownBy(() -> new LatLng(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LatLng(0, 181)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LatLng(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
