package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pathway.matching.api.ActivityRequestValidator;
import org.pathway.matching.domain.geo.LatLng;

/**
 * A location's point: HSDS {@code latitude}/{@code longitude}, or a GeoJSON point
 * ({@code {"type": "Point", "coordinates": [lon, lat]}}, longitude first, as GeoJSON orders them)
 * under {@code geometry}, {@code geojson} or {@code point}. Both coordinates inside the UK, or none:
 * anything else is dropped with a note so the rest of the service still imports.
 */
final class LocationPoint {

    private LocationPoint() {
    }

    static Optional<LatLng> of(JsonNode location, List<String> notes) {
        Optional<Double> latitude = Json.number(location, "latitude").map(BigDecimal::doubleValue);
        Optional<Double> longitude = Json.number(location, "longitude").map(BigDecimal::doubleValue);
        if (latitude.isEmpty() && longitude.isEmpty()) {
            JsonNode point = geoJsonPoint(location);
            if (point == null) {
                return Optional.empty();
            }
            longitude = number(point.get(0));
            latitude = number(point.get(1));
        }
        if (latitude.isPresent() && longitude.isPresent()
                && ActivityRequestValidator.inUk(latitude.get(), longitude.get())) {
            return Optional.of(new LatLng(latitude.get(), longitude.get()));
        }
        notes.add("coordinates missing or outside the UK, dropped");
        return Optional.empty();
    }

    /** The {@code coordinates} array of the first GeoJSON point found, or null. */
    private static JsonNode geoJsonPoint(JsonNode location) {
        return Stream.of("geometry", "geojson", "point")
                .map(field -> Json.object(location, field))
                .filter(g -> g != null && "Point".equalsIgnoreCase(Json.text(g, "type")))
                .map(g -> g.get("coordinates"))
                .filter(c -> c != null && c.isArray() && c.size() >= 2)
                .findFirst().orElse(null);
    }

    private static Optional<Double> number(JsonNode value) {
        if (value != null && value.isNumber()) {
            return Optional.of(value.doubleValue());
        }
        if (value != null && value.isTextual()) {
            try {
                return Optional.of(Double.parseDouble(value.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
