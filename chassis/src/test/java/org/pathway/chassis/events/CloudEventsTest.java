package org.pathway.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloudEventsTest {

    @ParameterizedTest
    @CsvSource({"north-london, referral, /sites/north-london/referral",
            "cardiff-vale, engagement, /sites/cardiff-vale/engagement"})
    void sourceIsTheSiteAndTheService(String siteId, String service, String source) {
        assertThat(CloudEvents.source(siteId, service)).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ../other     | referral
            North-London | referral
            north-london | referral/x
            ''           | referral
            null         | referral
            north-london | null
            """)
    void sourceRejectsSomethingThatIsNotASlug(String siteId, String service) {
        assertThatThrownBy(() -> CloudEvents.source(siteId, service)).isInstanceOf(IllegalArgumentException.class);
    }
}
