package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.directory.OrukPages.HSDS3;
import static org.pathway.matching.directory.OrukPages.HSDS3_IMPORTED;
import static org.pathway.matching.directory.OrukPages.ORUK_V1;
import static org.pathway.matching.it.Api.linkWorker;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathway.matching.directory.OrukPages;

/** Imports run at cardiff-vale only, so their counts cannot be disturbed by other test classes' activities. */
@QuarkusTest
class DirectoryImportTest {

    private static final String IMPORT = "/sites/cardiff-vale/activities/import";
    @Test
    void importsAnHsds3PageAndReimportingUpdatesInsteadOfDuplicating() {
        String page = OrukPages.text(HSDS3);

        JsonPath first = linkWorker(CARDIFF_VALE).body(page).post(IMPORT).then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("created")).isEqualTo(5);
        assertThat(first.getInt("updated")).isZero();
        assertThat(first.getInt("skipped")).isEqualTo(2);
        assertThat(first.getList("skips.id", String.class)).as("counselling, and a walking group for over-50s")
                .containsExactly("ac148810-d857-441c-9679-408f346de14b", "f6b7c8d9-0e1f-4a2b-9c34-e5f6a7b8c007");
        assertThat(first.getString("skips[0].reason")).startsWith("not a community activity: ");
        assertThat(first.getList("errors.id", String.class)).containsExactly(
                "c1e2f3a4-7b8c-4d9e-8f01-b2c3d4e5f003",
                "b8d9e0f1-2a3b-4c4d-9e56-a7b8c9d0e009",
                "c9e0f1a2-3b4c-4d5e-8f67-b8c9d0e1f010");
        assertThat(first.getList("errors.reason", String.class)).contains("name missing");
        assertThat(first.getList("errors.index", Integer.class)).containsExactly(2, 8, 9);

        String nature = activityWithExternalId("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601").getString("id");
        Map<String, Object> providerCorrected = linkWorker(CARDIFF_VALE).get("/sites/cardiff-vale/activities/" + nature)
                .then().extract().jsonPath().getMap("");
        providerCorrected.put("capacity", 25);
        linkWorker(CARDIFF_VALE).body(providerCorrected).put("/sites/cardiff-vale/activities/" + nature)
                .then().statusCode(200);

        JsonPath again = linkWorker(CARDIFF_VALE).body(page).post(IMPORT).then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).as("the capacity the provider set is kept, nothing else changed").isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(5);

        List<String> imported = importedExternalIds();
        for (String externalId : HSDS3_IMPORTED) {
            assertThat(imported).as("activities imported from one directory service").containsOnlyOnce(externalId);
        }
        JsonPath natureClub = activityWithExternalId("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601");
        assertThat(natureClub.getString("id")).isEqualTo(nature);
        assertThat(natureClub.getString("name")).isEqualTo("Saturday Nature Club");
        assertThat(natureClub.getString("category")).isEqualTo("nature");
        assertThat(natureClub.getInt("capacity")).as("capacity set by the provider survives re-import").isEqualTo(25);
    }

    @Test
    void importsAnOrukV1Page() {
        linkWorker(CARDIFF_VALE).body(OrukPages.text(ORUK_V1)).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("errors[0].index", equalTo(3))
                .body("errors[0].reason", equalTo("id missing"));
        assertThat(importedExternalIds()).contains("cardiff-svc-1001", "vale-svc-1002", "islington-svc-1003");
    }

    @Test
    void aBodyThatIsNoServicesPageIsA400() {
        linkWorker(CARDIFF_VALE).body("{\"items\": []}").post(IMPORT).then().statusCode(400)
                .contentType("application/problem+json");
        linkWorker(CARDIFF_VALE).body("{\"contents\": [").post(IMPORT).then().statusCode(400);
        linkWorker(CARDIFF_VALE).body("42").post(IMPORT).then().statusCode(400);
    }

    @Test
    void importingNeedsALinkWorkerOrSiteAdminOfTheSite() {
        Api.as(CARDIFF_VALE, "referrer").body(OrukPages.text(HSDS3)).post(IMPORT)
                .then().statusCode(403);
        Api.linkWorker(Api.NORTH_LONDON).body(OrukPages.text(HSDS3)).post(IMPORT)
                .then().statusCode(403);
    }

    private static List<String> importedExternalIds() {
        return linkWorker(CARDIFF_VALE).get("/sites/cardiff-vale/activities?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.externalId", String.class);
    }

    private static JsonPath activityWithExternalId(String externalId) {
        List<Map<String, Object>> items = linkWorker(CARDIFF_VALE).get("/sites/cardiff-vale/activities?size=100")
                .then().extract().jsonPath().getList("items");
        Map<String, Object> item = items.stream().filter(i -> externalId.equals(i.get("externalId"))).findFirst()
                .orElseThrow();
        return linkWorker(CARDIFF_VALE).get("/sites/cardiff-vale/activities/" + item.get("id")).then().statusCode(200)
                .extract().jsonPath();
    }
}
