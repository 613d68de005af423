package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo referrer's token names its organisation (claim {@code organisation}, as referral-service reads it),
 * with the ODS code the simulator refers under, so the demo referrer reads its own referrals, by JSON and FHIR.
 */
class DemoRealmOrganisationTest {

    static Stream<SiteData> sites() {
        return Stream.of(SiteData.NORTH_LONDON, SiteData.CARDIFF_VALE);
    }

    @ParameterizedTest
    @MethodSource("sites")
    void theCliTokensOfASiteNameTheOrganisationItsSimulatedReferralsComeFrom(SiteData site) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Path.of("realms", "site-" + site.siteId() + ".json").toFile());
        JsonNode cli = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> "pathway-cli".equals(c.path("clientId").asText())).findFirst().orElseThrow();
        JsonNode mapper = StreamSupport.stream(cli.path("protocolMappers").spliterator(), false)
                .filter(m -> "organisation".equals(m.path("config").path("claim.name").asText()))
                .findFirst().orElseThrow();

        assertThat(mapper.path("config").path("claim.value").asText()).isEqualTo(site.organisationCode());
        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }
}
