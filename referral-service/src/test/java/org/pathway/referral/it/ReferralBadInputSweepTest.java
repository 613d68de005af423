package org.pathway.referral.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.youngPerson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;
import org.pathway.referral.api.ReferralResource;
import org.pathway.testkit.hostile.HostileRequest;
import org.pathway.testkit.hostile.HostileStrings;
import org.pathway.testkit.hostile.JsonMutations;
import org.pathway.testkit.hostile.RawHttp.Reply;
import org.pathway.testkit.hostile.RawHttp;
import org.pathway.testkit.hostile.Samples;
import org.pathway.testkit.hostile.Sweep;

/**
 * The bad-input sweep of referral intake: generated malformed and hostile bodies (the testkit's
 * seeded generators, fixed seed) against the real service and database. No 5xx; every 4xx problem+json
 * naming what is wrong without echoing it; nothing stored from a rejected request; intake works after.
 */
@QuarkusTest
class ReferralBadInputSweepTest {

    private static final long SEED = Samples.seed(20_261_201L);
    private static final String PATH = "/sites/" + NORTH_LONDON + "/referrals";
    /** The example's identifiable values: no response may contain them. */
    private static final List<String> IDENTIFIABLE = List.of("Taylor", "a.clinician@nhs.net", "07700900123",
            "07700900456", "N1 9GU", "2011-04-02", "Prefers weekend activities", "Dr A Clinician");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void malformedAndHostileReferralsAreRefusedCleanlyAndStoreNothing() throws SQLException {
        JsonMutations mutations = JsonMutations.of(Referrals.body())
                .dateFields(Set.of("referredAt", "waitingListSince", "youngPerson.dateOfBirth"))
                .numberFields(Set.of("presentingNeeds[0]", "consent.youngPerson", "youngPerson.nhsNumber"))
                .oversize("notes", 12 << 20)
                .serverOwnedFields(List.of("id", "status", "participantId", "siteId", "declineReason", "receivedAt"))
                .build();
        List<JsonMutations.Mutation> drawn = Samples.draw(mutations.gen(), Samples.count(400), SEED);
        Sweep sweep = new Sweep("POST " + PATH, SEED, IDENTIFIABLE);
        RawHttp http = new RawHttp("http://localhost:" + RestAssured.port);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + Referrals.referrer(NORTH_LONDON));

        for (int i = 0; i < drawn.size(); i++) {
            ObjectNode valid = Referrals.body();
            String nhsNumber = youngPerson(valid).get("nhsNumber").asText();
            HostileRequest request = drawn.get(i).applyTo(valid);
            long before = storedRows();
            Reply reply = http.post(PATH, request, auth);
            int status = sweep.check(i, request, reply, nhsNumber);
            expectStored(sweep, i, request, status, storedRows() - before, 2);
        }

        System.out.println(sweep.summary());
        stillTakesAValidReferral();
        sweep.assertNoFailures();
    }

    @Test
    void hostileIdempotencyKeysAreRefusedCleanlyAndStoreNothing() throws SQLException {
        List<String> keys = new ArrayList<>(Samples.draw(HostileStrings.labelled()
                .map(HostileStrings.Labelled::value).filter(ReferralBadInputSweepTest::isHeaderText),
                Samples.count(400) / 8, SEED + 1));
        keys.addAll(List.of(" ", "\t", "k".repeat(201), "k".repeat(7_000)));
        Sweep sweep = new Sweep("POST " + PATH + " with hostile Idempotency-Key", SEED + 1, IDENTIFIABLE);
        RawHttp http = new RawHttp("http://localhost:" + RestAssured.port);

        for (int i = 0; i < keys.size(); i++) {
            ObjectNode valid = Referrals.body();
            HostileRequest request = new HostileRequest("idempotency-key", "", valid.toString().getBytes(UTF_8),
                    HostileRequest.JSON, null);
            long before = storedRows();
            Reply reply = http.post(PATH, request, Map.of("Authorization", "Bearer " + Referrals.referrer(NORTH_LONDON),
                    ReferralResource.IDEMPOTENCY_KEY, keys.get(i)));
            int status = sweep.check(i, request, reply, youngPerson(valid).get("nhsNumber").asText());
            // HTTP trims a blank header value to nothing: no key at all.
            expectStored(sweep, i, request, status, storedRows() - before, keys.get(i).isBlank() ? 2 : 3);
        }

        System.out.println(sweep.summary());
        sweep.assertNoFailures();
    }

    /**
     * Headers beyond the HTTP server's limit (20 KB, {@code quarkus.http.limits.max-header-size}) are
     * refused by Vert.x itself with a bare 431 before any of our code runs, so without problem+json.
     */
    @Test
    void aHeaderBeyondTheServersLimitIsRefusedBeforeIntakeAndStoresNothing() throws SQLException {
        RawHttp http = new RawHttp("http://localhost:" + RestAssured.port);
        HostileRequest request = new HostileRequest("idempotency-key", "", Referrals.body().toString().getBytes(UTF_8),
                HostileRequest.JSON, null);
        long before = storedRows();

        Reply reply = http.post(PATH, request, Map.of("Authorization", "Bearer " + Referrals.referrer(NORTH_LONDON),
                ReferralResource.IDEMPOTENCY_KEY, "k".repeat(30_000)));

        assertThat(reply.status()).isEqualTo(431);
        assertThat(storedRows()).isEqualTo(before);
    }

    /**
     * Notes far beyond their 2,000 characters: 422 under the 1 MB body limit, 413 problem+json
     * above it (also above Quarkus' default 10 MB), nothing stored either way.
     */
    @Test
    void anOversizeBodyIsRefusedWithAProblemAndStoresNothing() throws SQLException {
        RawHttp http = new RawHttp("http://localhost:" + RestAssured.port);
        Sweep sweep = new Sweep("POST " + PATH + " oversize", SEED, IDENTIFIABLE);
        Map<Integer, Integer> expected = Map.of(900, 422, 2_048, 413, 11_264, 413, 24_576, 413);
        int index = 0;
        for (int kilobytes : new int[] {900, 2_048, 11_264, 24_576}) {
            ObjectNode body = Referrals.body();
            body.put("notes", "x".repeat(kilobytes << 10));
            HostileRequest request = new HostileRequest("oversize " + kilobytes + " KB", "notes",
                    body.toString().getBytes(UTF_8), HostileRequest.JSON, null);
            long before = storedRows();
            Reply reply = http.post(PATH, request, Map.of("Authorization", "Bearer " + Referrals.referrer(NORTH_LONDON)));
            int status = sweep.check(index, request, reply);
            expectStored(sweep, index++, request, status, storedRows() - before, 2);
            assertThat(status).as(request.category()).isEqualTo(expected.get(kilobytes));
        }
        System.out.println(sweep.summary());
        sweep.assertNoFailures();
        stillTakesAValidReferral();
    }

    /** What an HTTP/1.1 header value can carry at all (Latin-1, no line breaks or NUL), within the server's limit. */
    private static boolean isHeaderText(String value) {
        return value.length() <= 8_000
                && value.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF);
    }

    /** {@code perReferral}: a new referral is its row and its CREATE audit entry (and its idempotency key). */
    private static void expectStored(Sweep sweep, int index, HostileRequest request, int status, long added,
                                     int perReferral) {
        if (status >= 400 && added != 0) {
            sweep.fail(index, request, status + " but " + added + " rows stored");
        }
        if (status == 201 && added != perReferral) {
            sweep.fail(index, request, "201 but " + added + " rows stored, not " + perReferral);
        }
    }

    private void stillTakesAValidReferral() {
        Referrals.post(NORTH_LONDON, Referrals.body()).then().statusCode(201);
    }

    /** Referrals, idempotency keys and audit entries of the site: what a request could leave behind. */
    private long storedRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from site_north_london.referral)"
                     + " + (select count(*) from site_north_london.idempotency_key)"
                     + " + (select count(*) from site_north_london.audit)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
