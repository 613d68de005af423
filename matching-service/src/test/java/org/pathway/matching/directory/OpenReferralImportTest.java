package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.api.dto.ActivityValidator;
import org.pathway.matching.api.dto.ScheduleEntry;

class OpenReferralImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = OpenReferralImportTest.class.getResourceAsStream("/oruk/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static ImportedActivity byId(ImportBatch batch, String externalId) {
        return batch.activities().stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    // ---- HSDS 3.0 UK profile page ----

    @Test
    void importsTheGoodEntriesOfAnHsds3PageAndReportsTheRest() throws IOException {
        ImportBatch batch = OpenReferralImport.parse(fixture("hsds3-services-page.json"));

        assertThat(batch.activities()).extracting(ImportedActivity::externalId).containsExactly(
                "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601",
                "b7d2e3f4-6a7b-4c8d-9e0f-a1b2c3d4e002",
                "d4f5a6b7-8c9d-4e0f-9a12-c3d4e5f6a004",
                "e5a6b7c8-9d0e-4f1a-8b23-d4e5f6a7b005",
                "ac148810-d857-441c-9679-408f346de14b",
                "a7c8d9e0-1f2a-4b3c-8d45-f6a7b8c9d008");
        assertThat(batch.errors()).containsExactly(
                new ImportError(2, "c1e2f3a4-7b8c-4d9e-8f01-b2c3d4e5f003", "name missing"),
                new ImportError(8, "b8d9e0f1-2a3b-4c4d-9e56-a7b8c9d0e009",
                        "invalid after mapping: costPerSessionPence must be between 0 and 100000"),
                new ImportError(9, "c9e0f1a2-3b4c-4d5e-8f67-b8c9d0e1f010", "organization name missing"));
        assertThat(batch.skipped()).isEqualTo(1);
        assertThat(batch.activities()).allSatisfy(a -> assertThat(ActivityValidator.validate(a.activity())).isEmpty());
    }

    @Test
    void mapsACompleteHsds3Service() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("hsds3-services-page.json")),
                "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("green-gym-islington", "Green Gym Islington",
                "Saturday Nature Club", "nature",
                "Conservation volunteering and wildlife walks in Caledonian Park for young people.", 11, 18,
                "N7 8JL", 51.556, -0.116, List.of(new ScheduleEntry("SATURDAY", "10:00", "12:00")), 10, 850,
                List.of("step-free", "accessible-toilet"), List.of("en"), true));
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void stripsHtmlPrefersThePhysicalAddressAndReadsWelsh() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("hsds3-services-page.json")),
                "b7d2e3f4-6a7b-4c8d-9e0f-a1b2c3d4e002");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("canolfan-celf-caerdydd",
                "Canolfan Celf Caerdydd", "Art Club", "arts",
                "Drop-in art & craft sessions for young people. Painting Clay", 11, 25, "CF24 3DG", 51.4885,
                -3.1612, List.of(new ScheduleEntry("TUESDAY", "16:00", "18:00"),
                        new ScheduleEntry("THURSDAY", "16:00", "18:00")),
                10, 0, List.of(), List.of("en", "cy"), true));
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void defaultsMissingAgesAndCostAndReadsAnRruleString() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("hsds3-services-page.json")),
                "d4f5a6b7-8c9d-4e0f-9a12-c3d4e5f6a004");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("tottenham-community-sports",
                "Tottenham Community Sports", "Youth Football Sessions", "sport",
                "Informal five-a-side for all abilities.", 0, 25, "N17 0AP", 51.5975, -0.07,
                List.of(new ScheduleEntry("WEDNESDAY", "17:30", "19:00")), 10, 0, List.of(), List.of("en"), true));
        assertThat(imported.notes()).containsExactly(
                "no age limits given, defaulted to 0–25",
                "no cost given, assumed free",
                "no language given, assumed English");
    }

    @Test
    void importsAnInactiveServiceAsInactive() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("hsds3-services-page.json")),
                "e5a6b7c8-9d0e-4f1a-8b23-d4e5f6a7b005");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("mind-caerdydd-and-bro-morgannwg",
                "Mind Caerdydd & Bro Morgannwg", "Peer Support Circle", "peer-support",
                "A weekly group run by young people with lived experience of anxiety.", 13, 18, "CF10 1AH", 51.4776,
                -3.1773, List.of(new ScheduleEntry("MONDAY", "17:00", "18:30")), 10, 0,
                List.of("hearing-loop", "sensory-friendly"), List.of("cy", "en"), false));
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void mapsTheOpenReferralUkExampleServiceWithCorrections() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("hsds3-services-page.json")),
                "ac148810-d857-441c-9679-408f346de14b");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("example-organization-inc",
                "Example Organization Inc.", "Community Counselling", "other",
                "Counselling Services provided by trained professionals. Suitable for people with mental health "
                        + "conditions such as anxiety, depression, or eating disorders as well as people experiencing "
                        + "difficult life events and circumstances.",
                12, 25, null, null, null, List.of(new ScheduleEntry("THURSDAY", "10:00", "18:00"),
                        new ScheduleEntry("FRIDAY", "10:00", "18:00")),
                10, 3500, List.of(), List.of("en"), true));
        assertThat(imported.notes()).containsExactly(
                "maximum age 100 capped at 25",
                "no taxonomy term matched a category, filed as other",
                "postcode not a UK format, dropped",
                "language without a recognisable code or name, ignored",
                "no language given, assumed English",
                "coordinates missing or outside the UK, dropped");
    }

    @Test
    void leavesOutMonthlySchedulesAndMarksDefunctServicesInactive() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("hsds3-services-page.json")),
                "a7c8d9e0-1f2a-4b3c-8d45-f6a7b8c9d008");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("barry-ymca", "Barry YMCA",
                "Monthly Board Games Night", "social", "Board games & pizza on the first Friday of the month.", 14,
                19, null, null, null, List.of(), 10, 250, List.of(), List.of("en"), false));
        assertThat(imported.notes()).containsExactly(
                "no location given",
                "schedules[0]: monthly schedule not imported",
                "no language given, assumed English");
    }

    // ---- ORUK v1 page ----

    @Test
    void importsAnOrukV1Page() throws IOException {
        ImportBatch batch = OpenReferralImport.parse(fixture("oruk-v1-services-page.json"));

        assertThat(batch.activities()).extracting(ImportedActivity::externalId)
                .containsExactly("cardiff-svc-1001", "vale-svc-1002", "islington-svc-1003");
        assertThat(batch.errors()).containsExactly(new ImportError(3, null, "id missing"));
        assertThat(batch.skipped()).isZero();
    }

    @Test
    void mapsV1EligibilityRegularSchedulesAndTaxonomies() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("oruk-v1-services-page.json")),
                "cardiff-svc-1001");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("st-mellons-boxing-club",
                "St Mellons Boxing Club", "Boxing Fitness for Young People", "sport",
                "Non-contact boxing fitness. Gloves provided.", 12, 18, "CF3 0EY", 51.527, -3.113,
                List.of(new ScheduleEntry("MONDAY", "18:00", "19:30"), new ScheduleEntry("WEDNESDAY", "18:00", "19:30")),
                10, 200, List.of("step-free"), List.of("en", "cy"), true));
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void mapsAV1ServiceWithoutEligibilityOrLocation() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("oruk-v1-services-page.json")),
                "vale-svc-1002");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("vale-young-carers", "Vale Young Carers",
                "Young Carers Befriending", "befriending",
                "Matching young carers with a trained volunteer – someone to talk to. Weekly meet-ups.", 0, 25, null,
                null, null, List.of(new ScheduleEntry("SATURDAY", "11:00", "13:00")), 10, 0, List.of(),
                List.of("en"), true));
        assertThat(imported.notes()).containsExactly("no age limits given, defaulted to 0–25", "no location given");
    }

    @Test
    void readsAgesGivenAsTextAndDropsImpossibleTimes() throws IOException {
        ImportedActivity imported = byId(OpenReferralImport.parse(fixture("oruk-v1-services-page.json")),
                "islington-svc-1003");

        assertThat(imported.activity()).isEqualTo(new ActivityRequest("code-islington", "Code Islington",
                "Coding Club", "skills", "Learn to build games in Python and Scratch.", 11, 16, "N5 1PF", 51.5465,
                -0.1066, List.of(), 10, 0, List.of(), List.of("en"), true));
        assertThat(imported.notes()).containsExactly(
                "regular_schedules[0]: schedule without valid opening and closing times not imported",
                "no cost given, assumed free");
    }

    @Test
    void importsABareArrayOfV1ServicesLikeThePage() throws IOException {
        JsonNode page = fixture("oruk-v1-services-page.json");

        assertThat(OpenReferralImport.parse(page.get("content"))).isEqualTo(OpenReferralImport.parse(page));
    }

    // ---- page shapes and per-item problems ----

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"total_items\": 0, \"contents\": []}           | HSDS_3",
            "{\"totalElements\": 0, \"content\": []}          | ORUK_V1",
            "[]                                               | ARRAY",
    })
    void detectsThePageShape(String json, PageShape shape) throws IOException {
        JsonNode page = JSON.readTree(json);

        assertThat(OpenReferralImport.detect(page)).isEqualTo(shape);
        assertThat(OpenReferralImport.parse(page)).isEqualTo(new ImportBatch(List.of(), List.of(), 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"items\": []}",
            "{\"contents\": {}}",
            "\"services\"",
            "42",
    })
    void refusesSomethingThatIsNotAServicesPage(String json) throws IOException {
        JsonNode page = JSON.readTree(json);

        assertThatThrownBy(() -> OpenReferralImport.parse(page)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Open Referral services page");
    }

    @Test
    void reportsDuplicateIdsAndNonObjectsPerItem() throws IOException {
        JsonNode page = JSON.readTree("""
                {"contents": [
                  {"id": "s1", "name": "Club", "status": "active", "organization": {"name": "Org"}},
                  "not a service",
                  {"id": "s1", "name": "Club again", "status": "active", "organization": {"name": "Org"}}
                ]}
                """);

        ImportBatch batch = OpenReferralImport.parse(page);

        assertThat(batch.activities()).extracting(ImportedActivity::externalId).containsExactly("s1");
        assertThat(batch.errors()).containsExactly(
                new ImportError(1, null, "not a service object"),
                new ImportError(2, "s1", "duplicate id in page"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "minimum above maximum  | \"minimum_age\": 18, \"maximum_age\": 11       | minimum age above maximum age",
            "negative minimum       | \"minimum_age\": -1                            | minimum age negative",
            "age not a number       | \"minimum_age\": \"teenagers\"                 | age limit not a number",
            "no organization name   | \"organization\": {\"id\": \"o1\"}, \"minimum_age\": 11 | organization name missing",
    })
    void rejectsContradictoryEntries(String why, String fields, String reason) throws IOException {
        String organization = fields.contains("\"organization\"") ? "" : "\"organization\": {\"name\": \"Org\"}, ";
        JsonNode page = JSON.readTree("{\"contents\": [{\"id\": \"s1\", \"name\": \"Club\", " + organization + fields
                + "}]}");

        assertThat(OpenReferralImport.parse(page).errors()).containsExactly(new ImportError(0, "s1", reason));
    }

    @Test
    void notesStatusesItDoesNotKnow() throws IOException {
        JsonNode page = JSON.readTree("""
                [{"id": "s1", "name": "Club", "organization": {"name": "Org"}, "minimum_age": 11, "maximum_age": 18,
                  "languages": [{"code": "en"}], "cost_options": [{"amount": 1}]},
                 {"id": "s2", "name": "Club", "status": "paused", "organization": {"name": "Org"}, "minimum_age": 11,
                  "maximum_age": 18, "languages": [{"code": "en"}], "cost_options": [{"amount": 1}]}]
                """);

        ImportBatch batch = OpenReferralImport.parse(page);

        assertThat(batch.activities()).extracting(a -> a.activity().active()).containsExactly(true, false);
        assertThat(batch.activities()).extracting(ImportedActivity::notes).containsExactly(
                List.of("no location given", "no taxonomy terms, filed as other", "no status given, assumed active"),
                List.of("no location given", "no taxonomy terms, filed as other",
                        "status not recognised, imported as inactive"));
    }
}
