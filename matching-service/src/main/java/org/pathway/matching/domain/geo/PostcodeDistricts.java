package org.pathway.matching.domain.geo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Centroids of postcode districts (outward codes such as {@code N7} or {@code CF24}), read
 * from a CSV {@code district,latitude,longitude}. Lines starting with {@code #} are comments.
 * Only districts, never full postcodes: a district is coarse enough to carry no identity.
 */
public final class PostcodeDistricts {

    public static final String DEFAULT_RESOURCE = "geo/postcode-districts.csv";

    private final Map<String, LatLng> centroids;

    private PostcodeDistricts(Map<String, LatLng> centroids) {
        this.centroids = Collections.unmodifiableMap(new TreeMap<>(centroids));
    }

    /** The table shipped with the service ({@value #DEFAULT_RESOURCE}). */
    public static PostcodeDistricts load() {
        InputStream in = PostcodeDistricts.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table; a duplicate district or an out-of-range coordinate fails the whole load. */
    public static PostcodeDistricts fromCsv(Reader csv) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS)
                .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<String, LatLng> byDistrict = new TreeMap<>();
        try (MappingIterator<Row> rows = mapper.readerFor(Row.class).with(schema).readValues(csv)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                String district = normalise(row.district());
                if (district.isEmpty()) {
                    throw new IllegalArgumentException("postcode district table has a row without a district");
                }
                if (byDistrict.put(district, new LatLng(row.latitude(), row.longitude())) != null) {
                    throw new IllegalArgumentException("postcode district table lists " + district + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PostcodeDistricts(byDistrict);
    }

    /** Case and surrounding spaces do not matter: {@code " cf24"} finds {@code CF24}. */
    public Optional<LatLng> centroid(String district) {
        return district == null ? Optional.empty() : Optional.ofNullable(centroids.get(normalise(district)));
    }

    /** Every district in the table, in alphabetical order. */
    public Set<String> districts() {
        return centroids.keySet();
    }

    private static String normalise(String district) {
        return district == null ? "" : district.trim().toUpperCase(Locale.ROOT);
    }

    record Row(String district, double latitude, double longitude) {
    }
}
