package org.pathway.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource(nullValues = "none", value = {
            "/sites/north-london/caseload, north-london",
            "/sites/cardiff-vale/referrals/1c2a/contact, cardiff-vale",
            "/sites/north-london, north-london",
            "/research, platform",
            "/research/dashboard, platform",
            "/researchers, none",
            "/, none",
            "/assets/htmx.min.js, none",
            "/sites/, none",
    })
    void aPathBelongsToTheRealmOfItsSiteOrToThePlatform(String path, String tenant) {
        assertThat(SitePaths.tenantOf(path)).isEqualTo(tenant);
    }
}
