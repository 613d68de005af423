package org.pathway.matching.domain.geo;

/**
 * Great-circle distance on a spherical Earth (haversine). Within a city the spherical error
 * (≤ 0.5 %) is far below the error of a district centroid, so nothing finer is worth having.
 */
public final class Distance {

    /** Mean Earth radius (IUGG). */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private Distance() {
    }

    public static double km(LatLng a, LatLng b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
