package org.pathway.matching.domain.geo;

/** A WGS84 point in decimal degrees. */
public record LatLng(double latitude, double longitude) {

    public LatLng {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("latitude or longitude out of range");
        }
    }
}
