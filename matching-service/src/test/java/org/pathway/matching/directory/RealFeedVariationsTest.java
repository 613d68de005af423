package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.domain.ActivityDetails;
import org.pathway.matching.domain.ScheduleEntry;

/**
 * What real Open Referral UK feeds do that the specification does not say, one test each: every
 * variation survives the mapping (or, for an empty name, is reported instead of imported).
 * Snippets are shaped like the councils' feeds named in each test.
 */
class RealFeedVariationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"organization", "organisation"})
    void readsTheOrganisationUnderEitherSpelling(String field) {
        ObjectNode service = service("s1");
        service.remove("organization");
        service.putObject(field).put("id", "o1").put("name", "Buckinghamshire Youth Service");

        ActivityDetails activity = only(service);

        assertThat(activity.providerName()).isEqualTo("Buckinghamshire Youth Service");
        assertThat(activity.providerId()).isEqualTo("buckinghamshire-youth-service");
    }

    @Test
    void takesIntegerAndStringIdsAlike() {
        ObjectNode numeric = service("ignored");
        numeric.put("id", 4711);
        numeric.with("organization").put("id", 12);

        ImportBatch batch = read(numeric, service("4712"));

        assertThat(batch.activities()).extracting(ImportedActivity::externalId).containsExactly("4711", "4712");
    }

    @ParameterizedTest(name = "minimum {0}, maximum {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            -1   | -1
            null | null
            ''   | ''
            -1   | 16
            """)
    void agesMinusOneNullAndEmptyAreNoLimitNotAnError(String minimum, String maximum) {
        ObjectNode service = service("s1");
        putAge(service, "minimum_age", minimum);
        putAge(service, "maximum_age", maximum);

        ImportBatch batch = read(service);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.activities()).hasSize(1);
        if ("16".equals(maximum)) {
            assertThat(batch.activities().get(0).activity().maxAge()).as("the stated limit is kept").isEqualTo(16);
        }
    }

    @ParameterizedTest(name = "{0} → {1} pence")
    @CsvSource(delimiter = '|', textBlock = """
            '"8.00"'      | 800
            '"£8.50"'     | 850
            '" 2.5 GBP "' | 250
            '8'           | 800
            '"0.00"'      | 0
            """)
    void readsAmountsWrittenAsText(String amount, int pence) throws Exception {
        ObjectNode service = service("s1");
        service.putArray("cost_options").addObject().set("amount", JSON.readTree(amount));

        assertThat(only(service).costPerSessionPence()).isEqualTo(pence);
    }

    @Test
    void turnsHtmlEntitiesAndCkEditorAttributesIntoPlainText() {
        ObjectNode service = service("s1");
        // As Bristol's feed publishes "2 Way St Bristol" (CKEditor's data-cke-saved-href, &nbsp;, entities).
        service.put("description", "<p>Get in touch via <a data-cke-saved-href=\"https://www.facebook.com/x/?a=1&amp;b=2\" "
                + "href=\"https://www.facebook.com/x/?a=1&amp;b=2\" target=\"\">Facebook</a> or&nbsp;07597922718</p>"
                + "<p>Prices:</p><p>&pound;10 a hour &ndash; Drug &amp; Alcohol</p><p><br></p>");

        assertThat(only(service).description())
                .isEqualTo("Get in touch via Facebook or 07597922718 Prices: £10 a hour – Drug & Alcohol");
    }

    @Test
    void foldsWindowsLineEndings() {
        ObjectNode service = service("s1");
        service.put("name", "AA Meeting -\r\nDiscussion Group");
        service.put("description", "Alcoholics Anonymous meet every Tuesday.\r\n\r\nMore information on their website.");

        ActivityDetails activity = only(service);

        assertThat(activity.name()).isEqualTo("AA Meeting - Discussion Group");
        assertThat(activity.description())
                .isEqualTo("Alcoholics Anonymous meet every Tuesday. More information on their website.");
    }

    @Test
    void readsGeoJsonPointsLongitudeFirst() {
        ObjectNode service = service("s1");
        service.putArray("service_at_locations").addObject().putObject("location").putObject("geometry")
                .put("type", "Point").putArray("coordinates").add(-0.6512).add(53.5881);

        ActivityDetails activity = only(service);

        assertThat(activity.latitude()).isEqualTo(53.5881);
        assertThat(activity.longitude()).isEqualTo(-0.6512);
    }

    @Test
    void dropsAGeoJsonPointWrittenLatitudeFirstRatherThanPlaceItAbroad() {
        ObjectNode service = service("s1");
        service.putArray("service_at_locations").addObject().putObject("location").putObject("geometry")
                .put("type", "Point").putArray("coordinates").add(53.5881).add(-0.6512);

        ImportedActivity imported = read(service).activities().get(0);

        assertThat(imported.activity().latitude()).isNull();
        assertThat(imported.notes()).contains("coordinates missing or outside the UK, dropped");
    }

    @Test
    void readsWeekdaysByNameAndKeepsTwoSessionsOnTheSameDay() {
        ObjectNode service = service("s1");
        var schedules = service.putArray("regular_schedules");
        schedules.addObject().put("weekday", "Tuesday").put("opens_at", "10:00").put("closes_at", "12:00");
        schedules.addObject().put("weekday", "Tuesday").put("opens_at", "18:00:00").put("closes_at", "20:00:00");
        schedules.addObject().put("weekday", "tuesday").put("opens_at", "10:00").put("closes_at", "12:00");

        assertThat(only(service).schedule()).containsExactly(
                new ScheduleEntry("TUESDAY", "10:00", "12:00"), new ScheduleEntry("TUESDAY", "18:00", "20:00"));
    }

    @ParameterizedTest(name = "{0} → active {1}")
    @CsvSource(delimiter = '|', textBlock = """
            active             | true
            Active             | true
            inactive           | false
            temporarily closed | false
            defunct            | false
            paused             | false
            """)
    void takesStatusesOutsideTheListAsNotActive(String status, boolean active) {
        ObjectNode service = service("s1");
        service.put("status", status);

        assertThat(only(service).active()).isEqualTo(active);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-09-03", "2024-09-03T18:00:00", "2024-09-03T18:00:00.000", "2024-09-03T18:00:00+01:00",
            "2024-09-03T17:00:00Z"})
    void readsDateOnlyAndZonelessTimestamps(String dtstart) {
        ObjectNode service = service("s1");
        service.put("last_modified", dtstart);
        service.put("assured_date", dtstart);
        service.putArray("schedules").addObject().put("freq", "WEEKLY").put("dtstart", dtstart)
                .put("opens_at", "18:00").put("closes_at", "19:30");

        assertThat(only(service).schedule()).as("3 September 2024 was a Tuesday")
                .containsExactly(new ScheduleEntry("TUESDAY", "18:00", "19:30"));
    }

    @Test
    void takesDirectoriesAndTargetDirectoriesInEitherShape() throws Exception {
        ObjectNode listed = service("s1");
        listed.set("directories", JSON.readTree("[{\"name\": \"Family Information Service\", \"label\": \"bfis\"}]"));
        ObjectNode targeted = service("s2");
        targeted.set("target_directories", JSON.readTree("[\"bfis\", {\"value\": \"bod\"}]"));

        ImportBatch batch = read(listed, targeted);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.activities()).extracting(ImportedActivity::externalId).containsExactly("s1", "s2");
    }

    @Test
    void ignoresPlaceholderEmailsAndUris() {
        ObjectNode service = service("s1");
        service.put("email", "email@example.com").put("url", "http://www.example.com");
        service.with("organization").put("website", "http://example.com").put("uri", "").put("email", "");
        service.putArray("service_areas").addObject().put("name", "Bristol").put("uri", "http://www.example.com");

        ActivityDetails activity = only(service);

        assertThat(activity.providerId()).isEqualTo("youth-club-trust");
        assertThat(activity.description()).doesNotContain("example");
    }

    @ParameterizedTest(name = "name {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            <p><br></p>
            &nbsp;
            """)
    void reportsAServiceWithAnEmptyNameInsteadOfImportingIt(String name) {
        ObjectNode service = service("def5ccd4-f121-df4d-60d2-4dc0d69ff555");
        service.put("name", name);

        ImportBatch batch = read(service, service("s2"));

        assertThat(batch.activities()).extracting(ImportedActivity::externalId).containsExactly("s2");
        assertThat(batch.errors()).containsExactly(new ImportError(0, "def5ccd4-f121-df4d-60d2-4dc0d69ff555", "name missing"));
    }

    /** A minimal well-formed service, as a v1 list item. */
    private static ObjectNode service(String id) {
        ObjectNode service = JSON.createObjectNode();
        service.put("id", id);
        service.put("name", "Youth Club");
        service.put("description", "Games and a tuck shop.");
        service.put("status", "active");
        service.putObject("organization").put("id", "o1").put("name", "Youth Club Trust");
        return service;
    }

    private static void putAge(ObjectNode service, String field, String value) {
        if (value == null) {
            service.putNull(field);
        } else if (value.isEmpty()) {
            service.put(field, "");
        } else {
            service.put(field, Integer.parseInt(value));
        }
    }

    private static ImportBatch read(JsonNode... services) {
        return OpenReferralPage.read(JSON.createArrayNode().addAll(List.of(services)));
    }

    private static ActivityDetails only(ObjectNode service) {
        ImportBatch batch = read(service);
        assertThat(batch.errors()).isEmpty();
        assertThat(batch.activities()).hasSize(1);
        return batch.activities().get(0).activity();
    }
}
