package org.pathway.chassis.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void siteRolesArePlainAndTheResearcherIsQualifiedByThePlatformIssuer() {
        assertThat(Roles.REFERRER).isEqualTo("referrer");
        assertThat(Roles.LINK_WORKER).isEqualTo("link-worker");
        assertThat(Roles.SITE_ADMIN).isEqualTo("site-admin");
        assertThat(Roles.RESEARCHER).isEqualTo(IssuerQualifiedRoles.platform("researcher"))
                .isEqualTo("platform:researcher");
    }
}
