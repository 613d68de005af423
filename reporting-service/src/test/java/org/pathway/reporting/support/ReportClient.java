package org.pathway.reporting.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pathway.testkit.Tokens;

/** Reads reports as a platform researcher and checks published cells. */
public final class ReportClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportClient() {
    }

    /** {@code GET /reports/<name>?<query>} as a platform researcher; fails unless 200. */
    public static JsonNode report(String name, String query) {
        String body = given().auth().oauth2(Tokens.platform("analyst", "researcher"))
                .accept("application/json")
                .get("/reports/" + name + "?" + query)
                .then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("report is not JSON", e);
        }
    }

    /** The row of one group (of one site in the sites report). */
    public static JsonNode row(JsonNode report, String group) {
        for (JsonNode row : report.get("rows")) {
            JsonNode label = row.has("group") ? row.get("group") : row.get("site");
            if (group.equals(label.asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for group " + group);
    }

    /**
     * Checks several cells of a row, written as {@code field value} pairs separated by commas: a number is
     * shown with that value, {@code withheld} is withheld, {@code empty} is shown without a value.
     */
    public static void cells(JsonNode row, String expected) {
        for (String cell : expected.split(",")) {
            String[] fieldAndValue = cell.strip().split("\\s+");
            switch (fieldAndValue[1]) {
                case "withheld" -> withheld(row, fieldAndValue[0]);
                case "empty" -> empty(row, fieldAndValue[0]);
                default -> shown(row, fieldAndValue[0], Double.parseDouble(fieldAndValue[1]));
            }
        }
    }

    public static void shown(JsonNode row, String field, double expected) {
        JsonNode cell = row.get(field);
        assertThat(cell.get("suppressed").asBoolean()).as(field + " suppressed").isFalse();
        assertThat(cell.get("value").isNull()).as(field + " is null").isFalse();
        assertThat(cell.get("value").asDouble()).as(field).isEqualTo(expected);
    }

    public static void withheld(JsonNode row, String field) {
        JsonNode cell = row.get(field);
        assertThat(cell.get("suppressed").asBoolean()).as(field + " suppressed").isTrue();
        assertThat(cell.get("value").isNull()).as(field + " withheld").isTrue();
    }

    /** Shown but without a value, e.g. a rate over a zero denominator. */
    public static void empty(JsonNode row, String field) {
        JsonNode cell = row.get(field);
        assertThat(cell.get("suppressed").asBoolean()).as(field + " suppressed").isFalse();
        assertThat(cell.get("value").isNull()).as(field + " is null").isTrue();
    }
}
