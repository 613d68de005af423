package org.pathway.reporting.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pathway.testkit.Tokens;

/** Downloads extracts as a platform researcher. */
public final class ExtractClient {

    public static final String RESEARCHER = "analyst";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractClient() {
    }

    /** {@code GET /extracts/<name>?<query>} as JSON lines, one node per line; fails unless 200. */
    public static List<JsonNode> lines(String name, String query) {
        String body = given().auth().oauth2(Tokens.platform(RESEARCHER, "researcher"))
                .accept("application/x-ndjson")
                .get("/extracts/" + name + "?" + query)
                .then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.lines().toList()) {
            try {
                lines.add(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return lines;
    }

    /** The same extract as CSV text. */
    public static String csv(String name, String query) {
        return given().auth().oauth2(Tokens.platform(RESEARCHER, "researcher"))
                .accept("text/csv")
                .get("/extracts/" + name + "?" + query)
                .then().statusCode(200)
                .extract().asString();
    }

    /** {@code GET /extracts/audit} as JSON. */
    public static JsonNode audit() {
        String body = given().auth().oauth2(Tokens.platform(RESEARCHER, "researcher"))
                .accept("application/json")
                .get("/extracts/audit")
                .then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("audit is not JSON", e);
        }
    }
}
