package org.pathway.chassis.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IssuersTest {

    private static final List<String> SITES = List.of("cardiff-vale", "north-london");

    /** Roles as the service checks them (platform roles qualified); the alternatives as scheme=role+role. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "true  | referrer                        | site-cardiff-vale=referrer site-north-london=referrer",
            "true  | link-worker site-admin          | site-cardiff-vale=link-worker+site-admin site-north-london=link-worker+site-admin",
            "true  | -                               | site-cardiff-vale= site-north-london=",
            "false | platform:researcher site-admin  | site-cardiff-vale=site-admin site-north-london=site-admin platform=researcher",
            "false | platform:researcher             | platform=researcher",
            "false | platform:platform-admin         | platform=platform-admin",
            "false | -                               | site-cardiff-vale= site-north-london= platform=",
            "true  | platform:researcher             | -",
    })
    void aSitePathTakesItsSiteTokensOnlyOthersEachIssuerWithItsRoles(boolean sitePath, String roles,
                                                                     String expected) {
        List<String> allowed = roles.equals("-") ? List.of() : Arrays.asList(roles.split(" "));
        List<Map<String, List<String>>> alternatives = Issuers.requirements(sitePath, allowed, SITES);
        List<String> written = alternatives.stream().map(a -> a.entrySet().iterator().next())
                .map(e -> e.getKey() + "=" + String.join("+", e.getValue())).toList();
        assertThat(written).containsExactlyElementsOf(expected.equals("-") ? List.of()
                : Arrays.asList(expected.split(" ")));
    }

    @Test
    void theSentenceNamesEachKindOfTokenAndItsRoles() {
        assertThat(Issuers.sentence(Issuers.requirements(false, List.of("platform:researcher", "site-admin"), SITES)))
                .isEqualTo("Needs a token of the site's own issuer with role `site-admin`, or a platform token with "
                        + "role `researcher`.");
        assertThat(Issuers.sentence(Issuers.requirements(true, List.of(), SITES)))
                .isEqualTo("Needs a token of the site's own issuer (any role).");
    }
}
