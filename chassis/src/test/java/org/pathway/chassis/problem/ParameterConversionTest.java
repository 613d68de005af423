package org.pathway.chassis.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Parameters that are not values of their declared type are a 400 naming the parameter, never a 404. */
@QuarkusTest
class ParameterConversionTest {

    private static final String ITEMS = "/sites/north-london/probe/items";

    private static RequestSpecification caller() {
        return given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "page, abc",
            "page, 1e9",
            "size, 1e9",
            "size, 99999999999",
            "page, 1.5",
            "page, ' 2'",
            "page, 0x10",
            "size, ٣",
    })
    void anUnconvertibleQueryParameterIs400NamingIt(String name, String value) {
        caller().queryParam(name, value).get(ITEMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(name))
                .body("detail", containsString("query parameter " + name));
    }

    @ParameterizedTest
    @CsvSource({"not-a-uuid", "1-1-1-1-1", "00000000-0000-0000-0000-00000000000g"})
    void aMalformedUuidInThePathIs400NamingIt(String id) {
        caller().get(ITEMS + "/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("detail", containsString("path parameter id"))
                .body(not(containsString(id)));
    }

    @Test
    void anUnconvertibleHeaderIs400NamingIt() {
        caller().header("Probe-Limit", "lots").get(ITEMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Probe-Limit"));
    }

    @Test
    void validValuesStillConvert() {
        caller().queryParam("page", "2").queryParam("size", "-3").header("Probe-Limit", "12").get(ITEMS)
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("size", equalTo(-3))
                .body("limit", equalTo(12));
        caller().queryParam("page", "").get(ITEMS)
                .then().statusCode(200)
                .body("page", org.hamcrest.Matchers.nullValue())
                .body("limit", equalTo(10));
        String id = "5f0c2f34-7a1e-4c53-9d5e-0b8f5a7f3c21";
        caller().get(ITEMS + "/" + id.toUpperCase())
                .then().statusCode(200)
                .body(equalTo(id));
    }
}
