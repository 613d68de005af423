package org.pathway.referral.it;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.referral.referrer.ReferrerMessage;
import org.pathway.referral.referrer.ReferrerMessageStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.it.ReferrerMessaging.accepted;
import static org.pathway.referral.it.ReferrerMessaging.odsCode;

/**
 * Two replicas claiming at once: while one holds a referral's first message (sending it), the other gets neither
 * that message nor the referral's next one, only another referral's. The rows are due only at a time the
 * delivery worker does not ask about, so the worker leaves them to this test.
 */
@QuarkusTest
class ReferrerMessageClaimTest {

    private static final String SCHEMA = "site_north_london";

    @Inject
    SiteWork siteWork;

    @Inject
    ReferrerMessageStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMessageOneReplicaHoldsAndItsReferralsLaterMessagesAreSkippedByAnother() throws Exception {
        String ods = odsCode();
        String first = accepted(NORTH_LONDON, ods);
        String second = accepted(NORTH_LONDON, ods);
        Instant due = Instant.now().plus(Duration.ofDays(1));
        long firstOfFirst = insert(first, ods, due);
        long secondOfFirst = insert(first, ods, due);
        insert(second, ods, due.plusSeconds(1));
        Instant asked = due.plus(Duration.ofDays(1));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Optional<Long>> replicaA = CompletableFuture.supplyAsync(() -> siteWork.inSite(
                    NORTH_LONDON, () -> {
                        Optional<Long> id = store.claimNextDue(asked).map(m -> m.id);
                        claimed.countDown();
                        await(release);
                        return id;
                    }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

            List<Long> claimedByB = new ArrayList<>();
            siteWork.inSite(NORTH_LONDON, () -> {
                store.claimNextDue(asked).map(m -> m.id).ifPresent(claimedByB::add);
                return null;
            });
            release.countDown();

            assertThat(replicaA.get(30, TimeUnit.SECONDS)).contains(firstOfFirst);
            assertThat(claimedByB).as("another referral's message (the second referral's, or one left by another test)")
                    .hasSize(1).doesNotContain(firstOfFirst, secondOfFirst);
            assertThat(siteWork.inSite(NORTH_LONDON, () -> store.claimNextDue(asked).map(m -> m.id)))
                    .as("with nothing held, the oldest due message again").contains(firstOfFirst);
        } finally {
            release.countDown();
            bury(first, second);
        }
    }

    private long insert(String referralId, String ods, Instant nextAttemptAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into " + SCHEMA + ".referrer_message (request_id, correlation_id, referral_id, ods_code, change,"
                        + " facts, state, created_at, next_attempt_at) values (?, ?, ?, ?, 'accepted', '{}', ?, now(), ?)"
                        + " returning id")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, UUID.fromString(referralId));
            ps.setObject(3, UUID.fromString(referralId));
            ps.setString(4, ods);
            ps.setString(5, ReferrerMessage.State.PENDING.name());
            ps.setTimestamp(6, Timestamp.from(nextAttemptAt));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void bury(String... referralIds) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update " + SCHEMA + ".referrer_message set state = 'DEAD' where referral_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", Arrays.stream(referralIds).map(UUID::fromString).toArray()));
            ps.executeUpdate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
