package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.matching.it.Api.NORTH_LONDON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.matching.feeds.FeedPages;
import org.pathway.matching.feeds.FeedServer;
import org.pathway.matching.feeds.FeedServer.Answer;

/**
 * Where one feed's sync stops: another feed of the same site listing the same directory ids, and a
 * feed whose server redirects to an address a feed may not name (checked at fetch time).
 */
@QuarkusTest
class DirectoryFeedBoundaryTest {

    private static final String SITE = NORTH_LONDON;
    private static FeedServer server;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /**
     * Directory ids are unique within one directory only: two councils' feeds may both list service
     * "42". Each feed keeps its own activity; neither sync overwrites or retires the other's.
     */
    @Test
    void twoFeedsListingTheSameIdKeepTheirOwnActivitiesAndNeverRetireEachOthers() throws SQLException {
        String tag = Feeds.tag();
        List<JsonNode> councilA = FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag).subList(0, 10);
        List<JsonNode> councilB = new ArrayList<>(FeedPages.services(FeedPages.NORTH_LINCOLNSHIRE, tag).subList(0, 10));
        councilB.forEach(s -> ((ObjectNode) s).put("name", "B: " + s.get("name").asText()));
        server.serve("/a/" + tag, FeedPages.orukV1(councilA, 10, 10));
        server.serve("/b/" + tag, page -> FeedPages.orukV1(councilB, 10, councilB.size()).apply(page));
        String feedA = Feeds.create(SITE, server.url("/a/" + tag), "auto", "manual");
        String feedB = Feeds.create(SITE, server.url("/b/" + tag), "auto", "manual");

        int createdByA = Feeds.report(SITE, feedA).getInt("created");
        JsonPath b = Feeds.report(SITE, feedB);

        assertThat(createdByA).isPositive();
        assertThat(b.getInt("created")).as("B's services are B's activities").isEqualTo(createdByA);
        assertThat(b.getInt("updated")).as("nothing of A's touched").isZero();
        String shared = imported(feedA).get(0);
        assertThat(names(shared)).as("one activity per feed, each with its feed's text").hasSize(2)
                .anyMatch(n -> n.startsWith("B: ")).anyMatch(n -> !n.startsWith("B: "));

        councilB.removeIf(s -> s.get("id").asText().equals(shared));
        JsonPath bAgain = Feeds.report(SITE, feedB);
        JsonPath aAgain = Feeds.report(SITE, feedA);

        assertThat(bAgain.getInt("retired")).as("B retires its own copy").isEqualTo(1);
        assertThat(aAgain.getInt("retired")).isZero();
        assertThat(aAgain.getInt("unchanged")).as("A's activities as A left them").isEqualTo(createdByA);
        assertThat(activeFrom(feedA, shared)).as("A's copy still recommendable").isTrue();
        assertThat(activeFrom(feedB, shared)).isFalse();
    }

    @Test
    void aFeedRedirectedToAPrivateAddressIsRefusedAtFetchTimeAndChangesNothing() throws SQLException {
        String tag = Feeds.tag();
        server.serve("/redirected/" + tag, page -> Answer.redirect("http://10.20.30.40/services"));
        String feed = Feeds.create(SITE, server.url("/redirected/" + tag), "auto", "manual");
        long before = count();

        JsonPath report = Feeds.report(SITE, feed);

        assertThat(report.getString("status")).isEqualTo("failed");
        assertThat(report.getString("reason")).isEqualTo("page 1: must not name a private address (10.20.30.40)");
        assertThat(report.getInt("created") + report.getInt("updated") + report.getInt("retired")).isZero();
        assertThat(count()).isEqualTo(before);
    }

    private List<String> imported(String feed) throws SQLException {
        return strings("select external_id from site_north_london.activity where feed_id = ?::uuid order by external_id",
                feed);
    }

    private List<String> names(String externalId) throws SQLException {
        return strings("select name from site_north_london.activity where external_id = ?", externalId);
    }

    private boolean activeFrom(String feed, String externalId) throws SQLException {
        return strings("select active::text from site_north_london.activity where feed_id = ?::uuid and external_id = ?",
                feed, externalId).equals(List.of("true"));
    }

    private long count() throws SQLException {
        return Long.parseLong(strings("select count(*)::text from site_north_london.activity").get(0));
    }

    private List<String> strings(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
