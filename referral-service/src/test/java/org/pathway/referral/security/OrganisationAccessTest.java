package org.pathway.referral.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationAccessTest {

    @ParameterizedTest(name = "roles {0}, organisation claim {1}, referral from RWX → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "link-worker          | none | true",
            "site-admin           | none | true",
            "link-worker,referrer | RAL  | true",
            "referrer             | RWX  | true",
            "referrer             | RAL  | false",
            "referrer             | rwx  | false",
            "referrer             | none | false",
            "referrer             | ''   | false",
            "researcher           | RWX  | false",
    })
    void decidesWhoMayReadAReferral(String roles, String organisation, boolean allowed) {
        assertThat(OrganisationAccess.mayRead(Set.of(roles.split(",")), Optional.ofNullable(organisation), "RWX"))
                .isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"RWX\" | RWX", "RWX | RWX", "\" | \""})
    void readsAClaimWithOrWithoutItsJsonQuotes(String claim, String code) {
        assertThat(OrganisationAccess.unquote(claim)).isEqualTo(code);
    }
}
