package org.pathway.matching.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.testkit.Tokens;

@QuarkusTest
class ActivityCatalogueTest {

    private static final String ACTIVITIES = "/sites/north-london/activities";

    @Test
    void createsAnActivityWithLocationAndReadsItBack() {
        Response created = Api.as(NORTH_LONDON, "site-admin").body(activity("Saturday nature club"))
                .post(ACTIVITIES);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ACTIVITIES + "/" + id);

        linkWorker(NORTH_LONDON).get(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("name", equalTo("Saturday nature club"))
                .body("providerId", equalTo("green-gym"))
                .body("category", equalTo("nature"))
                .body("schedule[0].day", equalTo("SATURDAY"))
                .body("schedule[0].start", equalTo("10:00"))
                .body("accessibility", equalTo(List.of("step-free")))
                .body("languages", equalTo(List.of("en")))
                .body("capacity", equalTo(12))
                .body("placesTaken", equalTo(0))
                .body("placesLeft", equalTo(12))
                .body("costPerSessionPence", equalTo(850))
                .body("active", equalTo(true));
    }

    @Test
    void updatesAnActivity() {
        String id = createActivity(NORTH_LONDON, activity("Tuesday art room"));
        Map<String, Object> changed = activity("Tuesday art studio");
        changed.put("category", "arts");
        changed.put("capacity", 8);
        changed.put("active", false);

        linkWorker(NORTH_LONDON).body(changed).put(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("name", equalTo("Tuesday art studio"));
        linkWorker(NORTH_LONDON).get(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("name", equalTo("Tuesday art studio"))
                .body("category", equalTo("arts"))
                .body("capacity", equalTo(8))
                .body("active", equalTo(false));
    }

    @Test
    void invalidFieldsAreA422NamingEachField() {
        Map<String, Object> bad = activity("x");
        bad.put("providerId", "Green Gym");
        bad.put("category", "knitting");
        bad.put("minAge", 19);
        bad.put("capacity", 0);
        bad.remove("name");
        bad.put("schedule", List.of(Map.of("day", "FUNDAY", "start", "12:00", "end", "10:00")));

        linkWorker(NORTH_LONDON).body(bad).post(ACTIVITIES).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("providerId", "name", "category", "maxAge", "capacity",
                        "schedule[0].day", "schedule[0].end"));
        String id = createActivity(NORTH_LONDON, activity("Valid at first"));
        linkWorker(NORTH_LONDON).body(bad).put(ACTIVITIES + "/" + id).then().statusCode(422);
    }

    @ParameterizedTest(name = "capacity {0}")
    @ValueSource(strings = {"3.7", "\"7\""})
    void aCapacityThatIsNotAWholeNumberIsA400NamingIt(String capacity) throws Exception {
        String body = new ObjectMapper().writeValueAsString(activity("Strict numbers"))
                .replace("\"capacity\":12", "\"capacity\":" + capacity);
        assertThat(body).contains("\"capacity\":" + capacity);

        linkWorker(NORTH_LONDON).body(body).post(ACTIVITIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("capacity"));
        String id = createActivity(NORTH_LONDON, activity("Strict numbers"));
        linkWorker(NORTH_LONDON).body(body).put(ACTIVITIES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
    }

    @Test
    void unknownActivitiesAre404() {
        linkWorker(NORTH_LONDON).get(ACTIVITIES + "/" + UUID.randomUUID()).then().statusCode(404);
        linkWorker(NORTH_LONDON).body(activity("Nowhere")).put(ACTIVITIES + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void listsArePagedAndFilteredByCategoryAndActive() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String category : List.of("sport", "sport", "sport", "arts")) {
            Map<String, Object> a = activity("Filter " + tag + " " + category);
            a.put("category", category);
            createActivity(NORTH_LONDON, a);
        }
        Map<String, Object> inactive = activity("Filter " + tag + " closed sport");
        inactive.put("category", "sport");
        inactive.put("active", false);
        createActivity(NORTH_LONDON, inactive);

        linkWorker(NORTH_LONDON).get(ACTIVITIES + "?category=sport&active=true&size=2&page=0").then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("items.category", everyItem(equalTo("sport")))
                .body("items.active", everyItem(equalTo(true)));
        Response sportActive = linkWorker(NORTH_LONDON).get(ACTIVITIES + "?category=sport&active=true&size=100");
        assertThat(sportActive.jsonPath().getList("items.name", String.class))
                .filteredOn(n -> n.contains(tag)).hasSize(3);
        assertThat(sportActive.jsonPath().getInt("total"))
                .isEqualTo(sportActive.jsonPath().getList("items").size());
        linkWorker(NORTH_LONDON).get(ACTIVITIES + "?active=false&size=100").then().statusCode(200)
                .body("items.name", hasItem("Filter " + tag + " closed sport"))
                .body("items.active", everyItem(equalTo(false)));
        linkWorker(NORTH_LONDON).get(ACTIVITIES + "?category=knitting").then().statusCode(422)
                .body("errors[0].field", equalTo("category"));
        linkWorker(NORTH_LONDON).get(ACTIVITIES + "?size=1000").then().statusCode(422)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyLinkWorkersAndSiteAdminsManageTheCatalogue() {
        Api.as(NORTH_LONDON, "referrer").body(activity("Not yours")).post(ACTIVITIES).then().statusCode(403);
        given().contentType("application/json").body(activity("Anonymous")).post(ACTIVITIES).then().statusCode(401);
    }

    @Test
    void sitesCannotSeeOrTouchEachOthersActivities() {
        String id = createActivity(NORTH_LONDON, activity("North London only"));

        linkWorker(CARDIFF_VALE).get(ACTIVITIES + "/" + id).then().statusCode(403);
        linkWorker(CARDIFF_VALE).body(activity("Hijack")).post(ACTIVITIES).then().statusCode(403);
        linkWorker(CARDIFF_VALE).get("/sites/cardiff-vale/activities/" + id).then().statusCode(404);
        linkWorker(CARDIFF_VALE).get("/sites/cardiff-vale/activities?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.platform("admin", "platform-admin")).get(ACTIVITIES + "/" + id)
                .then().statusCode(403);
        linkWorker(NORTH_LONDON).get(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("name", equalTo("North London only"));
    }
}
