package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Open Referral pages in {@code src/test/resources/oruk/}, and what each is known to hold. */
public final class OrukPages {

    public static final String HSDS3 = "hsds3-services-page.json";
    public static final String ORUK_V1 = "oruk-v1-services-page.json";

    /** The services of the HSDS 3.0 page that import, in page order. */
    public static final List<String> HSDS3_IMPORTED = List.of(
            "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601",
            "b7d2e3f4-6a7b-4c8d-9e0f-a1b2c3d4e002",
            "d4f5a6b7-8c9d-4e0f-9a12-c3d4e5f6a004",
            "e5a6b7c8-9d0e-4f1a-8b23-d4e5f6a7b005",
            "a7c8d9e0-1f2a-4b3c-8d45-f6a7b8c9d008");

    /** The Open Referral UK example service of the HSDS 3.0 page (index 5): counselling, no community activity. */
    public static final String HSDS3_COUNSELLING = "ac148810-d857-441c-9679-408f346de14b";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OrukPages() {
    }

    public static String text(String page) {
        try (InputStream in = OrukPages.class.getResourceAsStream("/oruk/" + page)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String page) {
        return parse(text(page));
    }

    /** JSON written with single quotes, as test tables do. */
    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
