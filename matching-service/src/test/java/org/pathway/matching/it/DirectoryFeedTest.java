package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.NORTH_LONDON;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.feeds.FeedPages;
import org.pathway.matching.feeds.FeedScheduler;
import org.pathway.matching.feeds.FeedServer;

/** Subscribing to feeds: the API's rules, one sync at a time per feed, the scheduler, the history. */
@QuarkusTest
class DirectoryFeedTest {

    private static final String SITE = NORTH_LONDON;
    private static FeedServer server;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FeedScheduler scheduler;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aSiteAdminSubscribesListsReadsAndDeletesAFeed() {
        Response created = Api.as(SITE, "site-admin")
                .body(Map.of("url", "https://northlincs.example.org/o/ServiceDirectoryService/v2/services"))
                .post(Feeds.path(SITE));
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("format", equalTo("auto"))
                .body("schedule", equalTo("daily"))
                .body("lastSyncStartedAt", equalTo(null));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(Feeds.path(SITE) + "/" + id);

        Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "/" + id).then().statusCode(200)
                .body("url", equalTo("https://northlincs.example.org/o/ServiceDirectoryService/v2/services"));
        Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "?size=100").then().statusCode(200)
                .body("items.id", hasItem(id)).body("size", equalTo(100));
        Api.as(SITE, "site-admin").delete(Feeds.path(SITE) + "/" + id).then().statusCode(204);
        Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no url                  | ''                                   | auto   | daily   | url      | is required
            relative url            | /services                            | auto   | daily   | url      | must be an absolute http or https URL
            another scheme          | ftp://example.org/services           | auto   | daily   | url      | must be an absolute http or https URL
            file url                | file:///etc/passwd                   | auto   | daily   | url      | must be an absolute http or https URL
            credentials in it       | https://user:pw@example.org/services | auto   | daily   | url      | must not hold credentials
            not a url               | https://exa mple.org/services        | auto   | daily   | url      | must be an absolute http or https URL
            loopback (SSRF)         | http://127.0.0.2:8080/services       | auto   | daily   | url      | must not name a loopback address (127.0.0.2)
            localhost (SSRF)        | http://localhost:8080/services       | auto   | daily   | url      | must not name a local or cloud metadata host (localhost)
            private (SSRF)          | http://10.0.0.5/services             | auto   | daily   | url      | must not name a private address (10.0.0.5)
            private v6 (SSRF)       | http://[fd00:ec2::254]/latest        | auto   | daily   | url      | must not name a private address (fd00:ec2::254)
            cloud metadata (SSRF)   | http://169.254.169.254/latest        | auto   | daily   | url      | must not name a link-local address (169.254.169.254)
            metadata name (SSRF)    | http://metadata.google.internal/v1   | auto   | daily   | url      | must not name a local or cloud metadata host (metadata.google.internal)
            unknown format          | https://example.org/services         | oruk-2 | daily   | format   | must be one of auto, oruk-v1, hsds-3
            unknown schedule        | https://example.org/services         | auto   | weekly  | schedule | must be one of daily, hourly, manual
            """)
    void aBadFeedIs422NamingTheField(String why, String url, String format, String schedule, String field,
                                     String message) {
        Map<String, Object> body = new HashMap<>(Map.of("format", format, "schedule", schedule));
        if (!url.isEmpty()) {
            body.put("url", url);
        }
        Api.as(SITE, "site-admin").body(body).post(Feeds.path(SITE)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void feedsAreForTheSitesOwnAdminsOnly() {
        String id = Feeds.create(SITE, "https://example.org/services", "auto", "manual");
        Api.as(SITE, "link-worker").get(Feeds.path(SITE)).then().statusCode(403);
        Api.as(SITE, "link-worker").post(Feeds.path(SITE) + "/" + id + "/sync").then().statusCode(403);
        Api.as(CARDIFF_VALE, "site-admin").get(Feeds.path(SITE) + "/" + id).then().statusCode(403);
        Api.as(CARDIFF_VALE, "site-admin").body(Map.of("url", "https://example.org/x"))
                .post(Feeds.path(SITE)).then().statusCode(403);
        Api.as(CARDIFF_VALE, "site-admin").get(Feeds.path(CARDIFF_VALE) + "/" + id).then().statusCode(404);
        Api.as(CARDIFF_VALE, "site-admin").post(Feeds.path(CARDIFF_VALE) + "/" + id + "/sync").then().statusCode(404);
        Api.as(CARDIFF_VALE, "site-admin").get(Feeds.path(CARDIFF_VALE) + "?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        io.restassured.RestAssured.given().get(Feeds.path(SITE)).then().statusCode(401);
    }

    @Test
    void oneSyncAtATimePerFeedWhicheverReplicaHoldsIt() throws Exception {
        String tag = Feeds.tag();
        String path = "/held/" + tag;
        server.serve(path, FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 50, 32));
        String feed = Feeds.create(SITE, server.url(path), "auto", "manual");
        server.hold(path);
        CompletableFuture<JsonPath> first = CompletableFuture.supplyAsync(() -> Feeds.report(SITE, feed));
        assertThat(server.awaitArrival(path)).as("the first sync is fetching").isTrue();

        Feeds.sync(SITE, feed).statusCode(409).contentType("application/problem+json");
        Api.as(SITE, "site-admin").delete(Feeds.path(SITE) + "/" + feed).then().statusCode(409);
        server.release(path);
        assertThat(first.get().getString("status")).isEqualTo("completed");

        claimAsAnotherReplica(feed, "interval '1 hour'");
        Feeds.sync(SITE, feed).statusCode(409);
        claimAsAnotherReplica(feed, "interval '-1 second'");
        assertThat(Feeds.report(SITE, feed).getString("status")).as("an expired claim is taken over")
                .isEqualTo("completed");
    }

    @Test
    void aSyncWhoseClaimWasTakenOverSavesNothing() throws Exception {
        String tag = Feeds.tag();
        String path = "/taken/" + tag;
        server.serve(path, FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 50, 32));
        String feed = Feeds.create(SITE, server.url(path), "auto", "manual");
        server.hold(path);
        CompletableFuture<JsonPath> sync = CompletableFuture.supplyAsync(() -> Feeds.report(SITE, feed));
        assertThat(server.awaitArrival(path)).isTrue();

        claimAsAnotherReplica(feed, "interval '1 hour'");
        server.release(path);
        JsonPath report = sync.get();

        assertThat(report.getString("status")).isEqualTo("failed");
        assertThat(report.getString("reason")).startsWith("the sync lost its claim on the feed");
        assertThat(report.getInt("created")).isZero();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from site_north_london.activity where external_id like '"
                     + tag + ":%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("no activity from the feed saved").isZero();
        }
    }

    @Test
    void theSchedulerSyncsDueFeedsAndLeavesManualOnesAlone() {
        String tag = Feeds.tag();
        server.serve("/sched/" + tag, FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 50, 32));
        String hourly = Feeds.create(SITE, server.url("/sched/" + tag), "auto", "hourly");
        String manual = Feeds.create(SITE, server.url("/sched/" + tag), "auto", "manual");

        scheduler.runDue(Instant.now());
        scheduler.runDue(Instant.now());

        JsonPath history = Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "/" + hourly + "/syncs").then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.trigger", String.class)).as("synced once: not due again within the hour")
                .containsExactly("scheduled");
        assertThat(history.getInt("items[0].created")).isEqualTo(16);
        Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "/" + manual + "/syncs").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theHistoryKeepsEverySyncNewestFirst() {
        String tag = Feeds.tag();
        server.serve("/hist/" + tag, FeedPages.orukV1(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag), 50, 32));
        String feed = Feeds.create(SITE, server.url("/hist/" + tag), "auto", "manual");
        String first = Feeds.report(SITE, feed).getString("id");
        String second = Feeds.report(SITE, feed).getString("id");

        JsonPath history = Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "/" + feed + "/syncs").then()
                .statusCode(200).extract().jsonPath();

        assertThat(history.getList("items.id", String.class)).containsExactly(second, first);
        assertThat(history.getList("items.created", Integer.class)).containsExactly(0, 16);
        assertThat(history.getList("items.unchanged", Integer.class)).containsExactly(16, 0);
        assertThat(history.getList("items.skipped", Integer.class)).containsExactly(16, 16);
        assertThat(history.getList("items[1].skips.id", String.class)).as("kept in the history with why")
                .hasSize(16).allMatch(id -> id.startsWith(tag + ":"));
        Api.as(SITE, "site-admin").get(Feeds.path(SITE) + "/" + feed).then().statusCode(200)
                .body("lastSyncStartedAt", not(equalTo(null)));
    }

    @Test
    void aPushedImportTakesASingleServiceObject() {
        String tag = Feeds.tag();
        String service = FeedPages.services(FeedPages.BRISTOL, tag).get(6).toString();

        Api.linkWorker(SITE).body(service).post("/sites/" + SITE + "/activities/import").then().statusCode(200)
                .body("created", equalTo(1)).body("errors", equalTo(List.of()));
        Api.linkWorker(SITE).body(service).post("/sites/" + SITE + "/activities/import").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(1));
    }

    private void claimAsAnotherReplica(String feed, String leaseLeft) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update site_north_london.directory_feed set sync_claimed_by = 'another-replica', "
                    + "sync_claimed_until = now() + " + leaseLeft + " where id = '" + feed + "'");
        }
    }
}
