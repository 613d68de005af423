package org.pathway.testkit.contract;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The contract of a site-facing service (referral, matching, engagement) hosting the demo sites
 * {@code north-london} and {@code cardiff-vale}: site boundaries hold with real tokens, and each
 * hosted site has its own migrated schema.
 */
public abstract class SiteFacingServiceContract extends ServiceContract {

    @Inject
    DataSource dataSource;

    /** A site-scoped path, e.g. {@code /sites/%s/settings}, formatted with the site id. */
    protected String sitePath(String siteId) {
        return "/sites/" + siteId + "/settings";
    }

    @Override
    protected String protectedPath() {
        return sitePath("north-london");
    }

    @Override
    protected String acceptedToken() {
        return Tokens.site("north-london", "contract", "link-worker", "site-admin", "referrer");
    }

    @Test
    void aTokenFromAnotherSiteIsForbidden() {
        given().auth().oauth2(Tokens.site("cardiff-vale", "contract", "link-worker", "site-admin", "referrer"))
                .get(sitePath("north-london")).then().statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
        given().auth().oauth2(Tokens.site("north-london", "contract", "link-worker", "site-admin", "referrer"))
                .get(sitePath("cardiff-vale")).then().statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
    }

    @Test
    void aPlatformTokenOnASitePathIsForbidden() {
        given().auth().oauth2(Tokens.platform("contract", "platform-admin", "researcher"))
                .get(sitePath("north-london")).then().statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
    }

    @Test
    void eachHostedSiteHasItsOwnMigratedSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String schema : List.of("site_north_london", "site_cardiff_vale")) {
                assertThat(tables(c, schema)).contains("outbox", "inbox", "flyway_schema_history");
            }
        }
    }

    protected static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
