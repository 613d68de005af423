package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.matching.it.Api.NORTH_LONDON;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.matching.feeds.FeedPages;
import org.pathway.matching.feeds.FeedServer;
import org.pathway.matching.feeds.FeedServer.Answer;
import org.pathway.testkit.Meters;

/**
 * Syncs of real council feed pages (North Lincolnshire, Bristol: see {@code src/test/resources/feeds/SOURCES.md})
 * served by a local HTTP server in the paging shapes real feeds use, and of feeds that fail in the ways
 * real ones do. Every test syncs its own copy of the services (ids prefixed), at north-london.
 */
@QuarkusTest
class DirectoryFeedSyncTest {

    private static final String SITE = NORTH_LONDON;
    private static FeedServer server;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** Manual syncs of the site that ended so, as the management port serves them. */
    private double syncs(String status) {
        return Meters.scrape(management).value("pathway_directory_syncs_total", "site", SITE, "status", status,
                "trigger", "manual");
    }

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void syncsNorthLincolnshireInOrukV1PagesUntilTheShortPageWhateverTheTotalsClaim() {
        String tag = Feeds.tag();
        server.serve("/nl/" + tag, FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 10, 738));
        String feed = Feeds.create(SITE, server.url("/nl/" + tag), "oruk-v1", "manual");

        JsonPath report = Feeds.report(SITE, feed);

        assertThat(report.getString("status")).isEqualTo("completed");
        assertThat(report.getInt("pages")).isEqualTo(4);
        assertThat(report.getInt("fetched")).isEqualTo(32);
        assertThat(report.getInt("created")).isEqualTo(16);
        assertThat(report.getInt("skipped")).as("9 are no community activity, 7 for over-25s by their text")
                .isEqualTo(16);
        assertThat(report.getList("skips.reason", String.class))
                .filteredOn(r -> r.startsWith("not a community activity: ")).hasSize(9);
        assertThat(report.getList("skips.reason", String.class))
                .filteredOn(r -> r.equals("text says minimum age above 25")).hasSize(7);
        assertThat(report.getList("skips.index", Integer.class)).as("places in the whole feed, across pages")
                .contains(0, 1).anyMatch(i -> i >= 10);
        assertThat(report.getInt("updated") + report.getInt("unchanged") + report.getInt("retired")).isZero();
        assertThat(report.getInt("needsReview")).as("no ages stated by the feed or the text").isEqualTo(9);
        assertThat(report.getList("errors")).isEmpty();
        assertThat(server.received("/nl/" + tag)).extracting(FeedServer.Received::page).containsExactly(1, 2, 3, 4);
    }

    @Test
    void syncsBristolInHsds3PagesAndStopsOnTheEmptyPageReportingTheServiceWithoutAName() {
        String tag = Feeds.tag();
        server.serve("/bristol/" + tag, FeedPages.hsds3(FeedPages.services(FeedPages.BRISTOL, tag), 25, 874));
        String feed = Feeds.create(SITE, server.url("/bristol/" + tag), "auto", "manual");

        JsonPath report = Feeds.report(SITE, feed);

        assertThat(report.getString("status")).isEqualTo("completed");
        assertThat(report.getInt("pages")).isEqualTo(5);
        assertThat(report.getInt("fetched")).isEqualTo(100);
        assertThat(report.getInt("created")).isEqualTo(42);
        assertThat(report.getInt("skipped")).as("45 are no community activity, 12 for over-25s by their text")
                .isEqualTo(57);
        assertThat(report.getList("skips.reason", String.class))
                .filteredOn(r -> r.startsWith("not a community activity: ")).hasSize(45);
        assertThat(report.getInt("needsReview")).as("no ages stated by the feed or the text").isEqualTo(33);
        assertThat(report.getList("errors.index", Integer.class)).containsExactly(0);
        assertThat(report.getList("errors.reason", String.class)).containsExactly("name missing");
        assertThat(report.getString("errors[0].id")).isEqualTo(tag + ":def5ccd4-f121-df4d-60d2-4dc0d69ff555");
        assertThat(server.received("/bristol/" + tag)).extracting(FeedServer.Received::page)
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void readsAFeedThatIgnoresThePageParameterOnce() {
        String tag = Feeds.tag();
        server.serve("/bare/" + tag, FeedPages.bareArray(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag)));
        String feed = Feeds.create(SITE, server.url("/bare/" + tag), "oruk-v1", "manual");

        JsonPath report = Feeds.report(SITE, feed);

        assertThat(report.getString("status")).isEqualTo("completed");
        assertThat(report.getInt("pages")).isEqualTo(1);
        assertThat(report.getInt("fetched")).isEqualTo(32);
        assertThat(report.getInt("created")).isEqualTo(16);
        assertThat(report.getInt("skipped")).isEqualTo(16);
        assertThat(report.getInt("needsReview")).isEqualTo(9);
        assertThat(report.getList("errors")).isEmpty();
        assertThat(server.received("/bare/" + tag)).extracting(FeedServer.Received::page).containsExactly(1, 2);
    }

    @Test
    void aSecondSyncAsksConditionallyAndFindsEverythingUnchanged() {
        String tag = Feeds.tag();
        var pages = FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 10, 32);
        server.serve("/etag/" + tag, page -> pages.apply(page).withEtag("\"nl-" + page + "\""));
        String feed = Feeds.create(SITE, server.url("/etag/" + tag), "auto", "manual");
        assertThat(Feeds.report(SITE, feed).getInt("created")).isEqualTo(16);

        JsonPath again = Feeds.report(SITE, feed);

        assertThat(again.getString("status")).isEqualTo("completed");
        assertThat(again.getInt("fetched")).isEqualTo(32);
        assertThat(again.getInt("unchanged")).isEqualTo(16);
        assertThat(again.getInt("created") + again.getInt("updated") + again.getInt("retired")).isZero();
        List<FeedServer.Received> second = server.received("/etag/" + tag).subList(4, 8);
        assertThat(second).extracting(FeedServer.Received::ifNoneMatch)
                .containsExactly("\"nl-1\"", "\"nl-2\"", "\"nl-3\"", "\"nl-4\"");
    }

    @Test
    void pagesMappedUnderOlderRulesAreFetchedAgainInsteadOfTrustingA304() throws SQLException {
        String tag = Feeds.tag();
        var pages = FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 10, 32);
        server.serve("/rules/" + tag, page -> pages.apply(page).withEtag("\"r-" + page + "\""));
        String feed = Feeds.create(SITE, server.url("/rules/" + tag), "auto", "manual");
        assertThat(Feeds.report(SITE, feed).getInt("needsReview")).isEqualTo(9);
        // As a sync before the screening left them: no review flags or evidence, validators without a rules version.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update site_north_london.activity set needs_review = false, age_evidence = null, "
                    + "category_evidence = null where external_id like '" + tag + ":%'");
            s.executeUpdate("update site_north_london.directory_feed set page_validators = "
                    + "(select jsonb_object_agg(key, value - 'rules') from jsonb_each(page_validators)) "
                    + "where id = '" + feed + "'");
        }

        JsonPath again = Feeds.report(SITE, feed);

        assertThat(server.received("/rules/" + tag).subList(4, 8)).extracting(FeedServer.Received::ifNoneMatch)
                .as("no conditional GET under other rules").containsOnlyNulls();
        assertThat(again.getInt("updated")).isEqualTo(16);
        assertThat(again.getInt("needsReview")).isEqualTo(9);
        assertThat(Api.linkWorker(SITE).get("/sites/" + SITE + "/activities?needsReview=true&size=100").then()
                .statusCode(200).extract().jsonPath().getList("items.externalId", String.class))
                .filteredOn(id -> id.startsWith(tag + ":")).hasSize(9);
    }

    @Test
    void aServiceGoneFromTheFeedIsRetiredAndItsPlacementsAreKept() throws Exception {
        String tag = Feeds.tag();
        List<com.fasterxml.jackson.databind.JsonNode> services =
                FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag).subList(0, 5);
        // Stated ages, so that the young person below can be placed whatever the catalogue infers.
        services.forEach(s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("minimum_age", 11)
                .put("maximum_age", 18));
        List<com.fasterxml.jackson.databind.JsonNode> current = new ArrayList<>(services);
        server.serve("/retire/" + tag, page -> FeedPages.orukV1(current, 10, current.size()).apply(page));
        String feed = Feeds.create(SITE, server.url("/retire/" + tag), "auto", "manual");
        assertThat(Feeds.report(SITE, feed).getInt("created"))
                .as("the first two are no community activity, the fifth is for older people").isEqualTo(2);
        String goneId = services.get(2).get("id").asText();
        String activity = activityIdOf(goneId);
        String participant = ReferralEvents.newParticipantId();
        // 17: the text of the service placed on says "over 16", which narrows its stated 11-18.
        ReferralEvents.accepted(SITE, participant, 17, List.of(), "N7", List.of(), "en");
        Api.awaitProfile(SITE, participant);
        String placement = Api.place(SITE, participant, activity).statusCode(201).extract().path("id");

        current.remove(2);
        JsonPath report = Feeds.report(SITE, feed);

        assertThat(report.getInt("retired")).isEqualTo(1);
        assertThat(report.getInt("unchanged")).isEqualTo(1);
        Api.linkWorker(SITE).get("/sites/" + SITE + "/activities/" + activity).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false))
                .body("externalId", org.hamcrest.Matchers.equalTo(goneId));
        Api.linkWorker(SITE).get("/sites/" + SITE + "/participants/" + participant + "/placements").then()
                .statusCode(200)
                .body("[0].id", org.hamcrest.Matchers.equalTo(placement))
                .body("[0].status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    }

    @Test
    void aFeedFailingPartWayChangesNothingAndTheReportSaysWhy() throws SQLException {
        String tag = Feeds.tag();
        var pages = FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 10, 32);
        server.serve("/broken/" + tag, page -> page == 2 ? Answer.status(500) : pages.apply(page));
        String feed = Feeds.create(SITE, server.url("/broken/" + tag), "auto", "manual");
        List<Object> before = catalogue();
        double failedSyncs = syncs("failed");

        JsonPath report = Feeds.report(SITE, feed);
        assertThat(syncs("failed")).as("pathway_directory_syncs_total, failed").isEqualTo(failedSyncs + 1);

        assertThat(report.getString("status")).isEqualTo("failed");
        assertThat(report.getString("reason")).isEqualTo("page 2: HTTP 500 (3 tries)");
        assertThat(report.getInt("created") + report.getInt("updated") + report.getInt("retired")).isZero();
        assertThat(catalogue()).as("the catalogue as it was").isEqualTo(before);
        assertThat(server.received("/broken/" + tag)).extracting(FeedServer.Received::page)
                .containsExactly(1, 2, 2, 2);
    }

    @Test
    void aPageIsAskedForAgainAfterAServerError() {
        String tag = Feeds.tag();
        var pages = FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 40, 32);
        AtomicInteger firstPageAsks = new AtomicInteger();
        server.serve("/flaky/" + tag,
                page -> page == 1 && firstPageAsks.incrementAndGet() == 1 ? Answer.status(503) : pages.apply(page));
        String feed = Feeds.create(SITE, server.url("/flaky/" + tag), "auto", "manual");
        double completedSyncs = syncs("completed");

        JsonPath report = Feeds.report(SITE, feed);
        assertThat(syncs("completed")).as("pathway_directory_syncs_total, completed").isEqualTo(completedSyncs + 1);

        assertThat(report.getString("status")).isEqualTo("completed");
        assertThat(report.getInt("created")).isEqualTo(16);
        assertThat(server.received("/flaky/" + tag)).as("page 1 twice, then the empty page 2")
                .extracting(FeedServer.Received::page).containsExactly(1, 1, 2);
    }

    @Test
    void anUnreachableFeedIsReportedAndChangesNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String feed = Feeds.create(SITE, "http://127.0.0.1:" + closedPort + "/services", "auto", "manual");
        List<Object> before = catalogue();

        JsonPath report = Feeds.report(SITE, feed);

        assertThat(report.getString("status")).isEqualTo("failed");
        assertThat(report.getString("reason")).isEqualTo("page 1: unreachable (ConnectException) (3 tries)");
        assertThat(catalogue()).isEqualTo(before);
    }

    @Test
    void aFeedThatIsNotOpenReferralIsReportedAndChangesNothing() throws SQLException {
        String tag = Feeds.tag();
        server.serve("/html/" + tag, page -> new Answer(200, "text/html", "<html>Directory</html>".getBytes(), null));
        server.serve("/other/" + tag, page -> Answer.json("{\"items\": [], \"total\": 0}"));
        server.serve("/v1/" + tag, FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 10, 32));
        List<Object> before = catalogue();

        Map<String, String> reasons = Map.of(
                Feeds.create(SITE, server.url("/html/" + tag), "auto", "manual"), "page 1 is not JSON",
                Feeds.create(SITE, server.url("/other/" + tag), "auto", "manual"),
                "page 1 is not an Open Referral services page",
                Feeds.create(SITE, server.url("/v1/" + tag), "hsds-3", "manual"),
                "page 1 is not an hsds-3 services page (it is shaped oruk v1)");

        reasons.forEach((feed, reason) -> {
            JsonPath report = Feeds.report(SITE, feed);
            assertThat(report.getString("status")).isEqualTo("failed");
            assertThat(report.getString("reason")).isEqualTo(reason);
        });
        assertThat(catalogue()).isEqualTo(before);
    }

    private String activityIdOf(String externalId) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from site_north_london.activity where external_id = '"
                     + externalId.replace("'", "''") + "'")) {
            assertThat(rs.next()).as("activity imported from " + externalId).isTrue();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the site's catalogue holds: any change to an activity moves one of these. */
    private List<Object> catalogue() throws SQLException {
        List<Object> state = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*), count(*) filter (where active), max(updated_at), sum(version)
                     from site_north_london.activity""")) {
            rs.next();
            for (int i = 1; i <= 4; i++) {
                state.add(rs.getObject(i));
            }
        }
        return state;
    }
}
