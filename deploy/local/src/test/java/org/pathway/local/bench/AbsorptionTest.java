package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsorptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all accepted, through at once           | 18000 | 18000 | 0 | 0   | 0.4 | true",
            "through exactly at 5 s                  | 18000 | 18000 | 0 | 0   | 5.0 | true",
            "through after 5.1 s                     | 18000 | 18000 | 0 | 0   | 5.1 | false",
            "never through                           | 18000 | 18000 | 0 | 0   | NaN | false",
            "one referral refused                    | 18000 | 17999 | 1 | 0   | 0.4 | false",
            "one referral unanswered                 | 18000 | 17999 | 0 | 0   | 0.4 | false",
            "the generator fell behind for 1%        | 18000 | 18000 | 0 | 180 | 0.4 | true",
            "the generator fell behind for over 1%   | 18000 | 18000 | 0 | 181 | 0.4 | false"})
    void aRateIsAbsorbedWhenEveryReferralIsAcceptedOnTimeAndEverythingIsThroughWithinFiveSeconds(
            String situation, long offered, long accepted, long failed, long late, double caughtUp, boolean absorbed) {
        Absorption.Step step = new Absorption.Step(300, 60, offered, accepted, failed, late, caughtUp, null);
        assertThat(step.absorbed()).isEqualTo(absorbed);
        assertThat(step.text()).endsWith(absorbed ? ": absorbed" : ": NOT absorbed");
    }

    @ParameterizedTest(name = "{0}/s")
    @CsvSource({"300, true, met", "250, false, 'MISSED: 250/s < 300/s, 50.0/s short; needs 1.2× the throughput'"})
    void theTargetIsThreeHundredReferralsASecond(double absorbed, boolean met, String text) {
        Target.Verdict verdict = Target.ABSORBED.judge(absorbed);
        assertThat(verdict.met()).isEqualTo(met);
        assertThat(verdict.text()).isEqualTo(text);
    }
}
