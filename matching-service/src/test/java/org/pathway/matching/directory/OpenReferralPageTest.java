package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.pathway.matching.directory.OrukPages.HSDS3;
import static org.pathway.matching.directory.OrukPages.HSDS3_COUNSELLING;
import static org.pathway.matching.directory.OrukPages.HSDS3_IMPORTED;
import static org.pathway.matching.directory.OrukPages.ORUK_V1;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.matching.domain.ActivityDetails;
import org.pathway.matching.domain.ScheduleEntry;

class OpenReferralPageTest {

    @Test
    void importsTheGoodEntriesOfAnHsds3PageAndReportsTheRest() {
        ImportBatch batch = OpenReferralPage.read(OrukPages.json(HSDS3));

        assertThat(batch.activities()).extracting(ImportedActivity::externalId).isEqualTo(HSDS3_IMPORTED);
        assertThat(batch.errors()).containsExactly(
                new ImportError(2, "c1e2f3a4-7b8c-4d9e-8f01-b2c3d4e5f003", "name missing"),
                new ImportError(8, "b8d9e0f1-2a3b-4c4d-9e56-a7b8c9d0e009",
                        "invalid after mapping: costPerSessionPence must be between 0 and 100000"),
                new ImportError(9, "c9e0f1a2-3b4c-4d5e-8f67-b8c9d0e1f010", "organization name missing"));
        assertThat(batch.skips()).containsExactly(
                new ImportError(5, HSDS3_COUNSELLING,
                        "not a community activity: name and description mention \"counselling\", \"services\""),
                new ImportError(6, "f6b7c8d9-0e1f-4a2b-9c34-e5f6a7b8c007", "minimum age above 25"));
        assertThat(batch.skipped()).isEqualTo(2);
    }

    /**
     * The Open Referral UK example service is counselling, so it is skipped (above); read as if it were
     * a choir, its mapping shows every correction the example needs.
     */
    @Test
    void mapsTheOpenReferralExampleServiceCorrectingWhatItNeeds() {
        JsonNode page = OrukPages.parse(OrukPages.text(HSDS3)
                .replace("\"name\": \"Community Counselling\"", "\"name\": \"Community Choir\""));

        ImportedActivity imported = OpenReferralPage.read(page).activities().stream()
                .filter(a -> a.externalId().equals(HSDS3_COUNSELLING)).findFirst().orElseThrow();

        assertThat(imported.activity()).isEqualTo(new ActivityDetails("example-organization-inc",
                "Example Organization Inc.", "Community Choir", "arts",
                "Counselling Services provided by trained professionals. Suitable for people with "
                        + "mental health conditions such as anxiety, depression, or eating disorders "
                        + "as well as people experiencing difficult life events and circumstances.",
                12, 25, null, null, null, weekly("THURSDAY 10:00 18:00", "FRIDAY 10:00 18:00"), 10,
                3500, List.of(), List.of("en"), true));
        assertThat(imported.notes()).containsExactly("maximum age 100 capped at 25",
                "coordinates missing or outside the UK, dropped", "postcode not a UK format, dropped",
                "language without a recognisable code or name, ignored", "no language given, assumed English");
    }

    @Test
    void importsAnOrukV1Page() {
        ImportBatch batch = OpenReferralPage.read(OrukPages.json(ORUK_V1));

        assertThat(batch.activities()).extracting(ImportedActivity::externalId)
                .containsExactly("cardiff-svc-1001", "vale-svc-1002", "islington-svc-1003");
        assertThat(batch.errors()).containsExactly(new ImportError(3, null, "id missing"));
        assertThat(batch.skipped()).isZero();
    }

    /** Each service of the two fixture pages, as the activity it becomes and the notes the mapping made. */
    static Stream<Arguments> services() {
        return Stream.of(
                service("a complete HSDS 3.0 service", HSDS3, "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601",
                        new ActivityDetails("green-gym-islington", "Green Gym Islington", "Saturday Nature Club",
                                "nature",
                                "Conservation volunteering and wildlife walks in Caledonian Park for young people.",
                                11, 18, "N7 8JL", 51.556, -0.116, weekly("SATURDAY 10:00 12:00"), 10, 850,
                                List.of("step-free", "accessible-toilet"), List.of("en"), true)),
                service("HTML stripped, physical address preferred, Welsh read", HSDS3,
                        "b7d2e3f4-6a7b-4c8d-9e0f-a1b2c3d4e002",
                        new ActivityDetails("canolfan-celf-caerdydd", "Canolfan Celf Caerdydd", "Art Club", "arts",
                                "Drop-in art & craft sessions for young people. Painting Clay", 11, 25, "CF24 3DG",
                                51.4885, -3.1612, weekly("TUESDAY 16:00 18:00", "THURSDAY 16:00 18:00"), 10, 0,
                                List.of(), List.of("en", "cy"), true)),
                service("missing ages and cost defaulted, an RRULE string read", HSDS3,
                        "d4f5a6b7-8c9d-4e0f-9a12-c3d4e5f6a004",
                        new ActivityDetails("tottenham-community-sports", "Tottenham Community Sports",
                                "Youth Football Sessions", "sport", "Informal five-a-side for all abilities.", 0, 25,
                                "N17 0AP", 51.5975, -0.07, weekly("WEDNESDAY 17:30 19:00"), 10, 0, List.of(),
                                List.of("en"), true),
                        "no age limits given, defaulted to 0–25", "no cost given, assumed free",
                        "no language given, assumed English"),
                service("an inactive service imported as inactive", HSDS3, "e5a6b7c8-9d0e-4f1a-8b23-d4e5f6a7b005",
                        new ActivityDetails("mind-caerdydd-and-bro-morgannwg", "Mind Caerdydd & Bro Morgannwg",
                                "Peer Support Circle", "peer-support",
                                "A weekly group run by young people with lived experience of anxiety.", 13, 18,
                                "CF10 1AH", 51.4776, -3.1773, weekly("MONDAY 17:00 18:30"), 10, 0,
                                List.of("hearing-loop", "sensory-friendly"), List.of("cy", "en"), false)),
                service("a monthly schedule left out, a defunct service inactive", HSDS3,
                        "a7c8d9e0-1f2a-4b3c-8d45-f6a7b8c9d008",
                        new ActivityDetails("barry-ymca", "Barry YMCA", "Monthly Board Games Night", "social",
                                "Board games & pizza on the first Friday of the month.", 14, 19, null, null, null,
                                List.of(), 10, 250, List.of(), List.of("en"), false),
                        "no location given", "schedules[0]: monthly schedule not imported",
                        "no language given, assumed English"),
                service("v1 eligibility, regular schedules and taxonomies", ORUK_V1, "cardiff-svc-1001",
                        new ActivityDetails("st-mellons-boxing-club", "St Mellons Boxing Club",
                                "Boxing Fitness for Young People", "sport", "Non-contact boxing fitness. Gloves provided.",
                                12, 18, "CF3 0EY", 51.527, -3.113,
                                weekly("MONDAY 18:00 19:30", "WEDNESDAY 18:00 19:30"), 10, 200, List.of("step-free"),
                                List.of("en", "cy"), true)),
                service("a v1 service without eligibility or location", ORUK_V1, "vale-svc-1002",
                        new ActivityDetails("vale-young-carers", "Vale Young Carers", "Young Carers Befriending",
                                "befriending",
                                "Matching young carers with a trained volunteer – someone to talk to. Weekly meet-ups.",
                                0, 25, null, null, null, weekly("SATURDAY 11:00 13:00"), 10, 0, List.of(),
                                List.of("en"), true),
                        "no age limits given, defaulted to 0–25", "no location given"),
                service("ages given as text, impossible times dropped", ORUK_V1, "islington-svc-1003",
                        new ActivityDetails("code-islington", "Code Islington", "Coding Club", "skills",
                                "Learn to build games in Python and Scratch.", 11, 16, "N5 1PF", 51.5465, -0.1066,
                                List.of(), 10, 0, List.of(), List.of("en"), true),
                        "regular_schedules[0]: schedule without valid opening and closing times not imported",
                        "no cost given, assumed free"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void mapsEachServiceAndNotesEveryDefaultOrCorrection(String why, String page, String externalId,
                                                         ActivityDetails expected, List<String> notes) {
        ImportedActivity imported = OpenReferralPage.read(OrukPages.json(page)).activities().stream()
                .filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();

        assertThat(imported.activity()).isEqualTo(expected);
        assertThat(imported.notes()).isEqualTo(notes);
    }

    @Test
    void importsABareArrayOfV1ServicesLikeThePage() {
        JsonNode page = OrukPages.json(ORUK_V1);

        assertThat(OpenReferralPage.read(page.get("content"))).isEqualTo(OpenReferralPage.read(page));
    }

    // ---- page shapes and per-item problems ----

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {'total_items': 0, 'contents': []}    | HSDS_3
            {'totalElements': 0, 'content': []}   | ORUK_V1
            []                                    | ARRAY
            """)
    void detectsThePageShape(String json, PageShape shape) {
        JsonNode page = OrukPages.parse(json.replace('\'', '"'));

        assertThat(OpenReferralPage.detect(page)).isEqualTo(shape);
        assertThat(OpenReferralPage.read(page)).isEqualTo(new ImportBatch(List.of(), List.of(), List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{'items': []}", "{'contents': {}}", "'\"services\"'", "42"})
    void refusesSomethingThatIsNotAServicesPage(String json) {
        JsonNode page = OrukPages.parse(json.replace('\'', '"'));

        assertThatThrownBy(() -> OpenReferralPage.read(page)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Open Referral services page");
    }

    @Test
    void reportsDuplicateIdsAndNonObjectsPerItem() {
        JsonNode page = OrukPages.parse("""
                {"contents": [
                  {"id": "s1", "name": "Club", "status": "active", "organization": {"name": "Org"}},
                  "not a service",
                  {"id": "s1", "name": "Club again", "status": "active", "organization": {"name": "Org"}}
                ]}
                """);

        ImportBatch batch = OpenReferralPage.read(page);

        assertThat(batch.activities()).extracting(ImportedActivity::externalId).containsExactly("s1");
        assertThat(batch.errors()).containsExactly(
                new ImportError(1, null, "not a service object"),
                new ImportError(2, "s1", "duplicate id in page"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            minimum above maximum  | "minimum_age": 18, "maximum_age": 11       | minimum age above maximum age
            negative minimum       | "minimum_age": -2                            | minimum age negative
            age not a number       | "minimum_age": "teenagers"                 | age limit not a number
            no organization name   | "organization": {"id": "o1"}, "minimum_age": 11 | organization name missing
            """)
    void rejectsContradictoryEntries(String why, String fields, String reason) {
        String organization = fields.contains("\"organization\"") ? "" : "\"organization\": {\"name\": \"Org\"}, ";
        JsonNode page = OrukPages.parse("{\"contents\": [{\"id\": \"s1\", \"name\": \"Club\", " + organization + fields
                + "}]}");

        assertThat(OpenReferralPage.read(page).errors()).containsExactly(new ImportError(0, "s1", reason));
    }

    @Test
    void notesStatusesItDoesNotKnow() {
        JsonNode page = OrukPages.parse("""
                [{"id": "s1", "name": "Club", "organization": {"name": "Org"}, "minimum_age": 11, "maximum_age": 18,
                  "languages": [{"code": "en"}], "cost_options": [{"amount": 1}]},
                 {"id": "s2", "name": "Club", "status": "paused", "organization": {"name": "Org"}, "minimum_age": 11,
                  "maximum_age": 18, "languages": [{"code": "en"}], "cost_options": [{"amount": 1}]}]
                """);

        ImportBatch batch = OpenReferralPage.read(page);

        assertThat(batch.activities()).extracting(a -> a.activity().active()).containsExactly(true, false);
        assertThat(batch.activities()).extracting(ImportedActivity::notes).containsExactly(
                List.of("no location given", "no status given, assumed active"),
                List.of("no location given", "status not recognised, imported as inactive"));
    }

    @Test
    void screensEachServiceForItsAgesAndCategory() {
        JsonNode page = OrukPages.parse("""
                [{"id": "s1", "name": "Adults Taekwondo", "description": "16 years and above",
                  "organization": {"name": "Org"}},
                 {"id": "s2", "name": "Drop-in", "description": "Come along for a chat", "organization": {"name": "Org"}},
                 {"id": "s3", "name": "Junior Football", "organization": {"name": "Org"}, "minimum_age": 7,
                  "maximum_age": 11},
                 {"id": "s4", "name": "50+ Gardening Group", "organization": {"name": "Org"}}]
                """);

        ImportBatch batch = OpenReferralPage.read(page);

        assertThat(batch.activities()).extracting(a -> a.activity().minAge(), a -> a.activity().maxAge(),
                a -> a.screening().needsReview(), a -> a.activity().category()).containsExactly(
                tuple(16, 25, false, "sport"), tuple(0, 25, true, "social"), tuple(7, 11, false, "sport"));
        assertThat(batch.activities().get(0).screening().ageEvidence())
                .isEqualTo("from the text: \"Adults\", \"16 years and above\"");
        assertThat(batch.activities().get(2).screening().categoryEvidence()).contains("\"football\"");
        assertThat(batch.skipped()).as("the over-50s group is out of scope").isEqualTo(1);
    }

    private static Arguments service(String why, String page, String externalId, ActivityDetails expected,
                                     String... notes) {
        return Arguments.of(why, page, externalId, expected, List.of(notes));
    }

    /** {@code "SATURDAY 10:00 12:00"} → one weekly session. */
    private static List<ScheduleEntry> weekly(String... sessions) {
        return Stream.of(sessions).map(s -> s.split(" ")).map(p -> new ScheduleEntry(p[0], p[1], p[2])).toList();
    }
}
