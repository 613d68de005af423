package org.pathway.chassis.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProblemMappingTest {

    private static String token() {
        return Tokens.site("north-london", "lw1", "link-worker");
    }

    @Test
    void malformedJsonIs400Problem() {
        given().auth().oauth2(token()).contentType("application/json").body("{\"note\": ")
                .post("/sites/north-london/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        given().auth().oauth2(token()).contentType("application/json").body("{\"note\":\"n\",\"date\":\"not-a-date\"}")
                .post("/sites/north-london/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void invalidFieldsAre422WithFieldErrors() {
        given().auth().oauth2(token()).contentType("application/json").body("{\"note\":\"n\",\"count\":-1}")
                .post("/sites/north-london/probe")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].message", equalTo("must not be negative"));
    }

    @Test
    void unknownRouteIs404Problem() {
        given().auth().oauth2(token()).get("/sites/north-london/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void conflictIs409Problem() {
        given().auth().oauth2(token()).contentType("application/json")
                .body("{\"note\":\"n\",\"participantId\":\"P-0000000000000009\",\"failAfterWrite\":true}")
                .post("/sites/north-london/probe")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Asked to fail after writing."));
    }

    @Test
    void unexpectedFailuresAre500WithoutStackTraceOrSubmittedData() {
        given().auth().oauth2(token()).get("/sites/north-london/probe/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", containsString("error id"))
                .body(not(containsString("9434765919")))
                .body(not(containsString("at org.")));
    }

    @Test
    void constraintViolationsAre422NamingEachField() {
        given().auth().oauth2(token()).contentType("application/json")
                .body("{\"previousPostcode\":\"N1 9CI\"}")
                .post("/sites/north-london/probe/addresses")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("postcode", "previousPostcode"))
                .body("errors[1].message", equalTo("must be a UK postcode"))
                .body(not(containsString("9CI")));
    }

    @Test
    void aBodyThatMeetsItsConstraintsPasses() {
        given().auth().oauth2(token()).contentType("application/json")
                .body("{\"postcode\":\"n19gu\"}")
                .post("/sites/north-london/probe/addresses")
                .then().statusCode(201);
    }
}
