package org.pathway.local.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

    @ParameterizedTest
    @CsvSource({
            "referrer-north-london, site-north-london",
            "link-worker-north-london, site-north-london",
            "site-admin-cardiff-vale, site-cardiff-vale",
            "researcher, platform",
            "platform-admin, platform"})
    void findsTheRealmOfEachDemoUser(String user, String realm) {
        assertThat(DemoUsers.realmOf(user)).isEqualTo(realm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "link-worker-", "admin-north-london", ""})
    void refusesNamesThatAreNoDemoUser(String user) {
        assertThatThrownBy(() -> DemoUsers.realmOf(user)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a demo user");
    }

    @Test
    void listsThreeUsersPerSiteAndThePlatformUsers() {
        assertThat(DemoUsers.all(List.of("north-london", "cardiff-vale"))).containsExactly(
                "referrer-north-london", "link-worker-north-london", "site-admin-north-london",
                "referrer-cardiff-vale", "link-worker-cardiff-vale", "site-admin-cardiff-vale",
                "researcher", "platform-admin");
    }
}
