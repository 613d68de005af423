package org.pathway.referral.it;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The second test application: referrer messages given up 5 seconds after the change (ReferrerMessageDeadLetterTest)
 * and north-london without a pathway start date (ComparisonWithoutStartDateTest). One profile for both, so the module
 * starts one Quarkus application fewer; neither test touches the other's setting.
 */
public class ShortRetriesNoStartDate implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("referrer.messages.first-backoff", "PT0.5S",
                "referrer.messages.max-backoff", "PT2S",
                "referrer.messages.give-up-after", "PT5S",
                // An empty value is an absent one for an Optional setting.
                "pathway.sites.north-london.pathway-start-date", "");
    }
}
