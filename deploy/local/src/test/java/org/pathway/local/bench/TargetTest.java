package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    private static final Map<String, Target> TARGETS =
            Map.of("intake", Target.INTAKE, "end-to-end", Target.END_TO_END, "webhooks", Target.WEBHOOKS);

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "intake     | 0.5  | true  | met",
            "intake     | 0.62 | true  | met",
            "intake     | 0.4  | false | MISSED: 40% < 50%, 10 points short; needs 1.3× the throughput",
            "end-to-end | 1000 | true  | met",
            "end-to-end | 2500 | false | MISSED: 2500 ms > 1000 ms, 1500 ms over; needs 2.5× faster",
            "webhooks   | 2000 | true  | met",
            "webhooks   | 500  | false | MISSED: 500/s < 2,000/s, 1,500/s short; needs 4.0× the throughput",
            "webhooks   | 0    | false | MISSED: nothing got through",
            "webhooks   | NaN  | false | not measured"})
    void aVerdictSaysWhetherTheTargetIsMetAndIfNotByHowMuch(String target, double measured, boolean met, String text) {
        Target.Verdict verdict = TARGETS.get(target).judge(measured);
        assertThat(verdict.met()).isEqualTo(met);
        assertThat(verdict.text()).isEqualTo(text);
    }

    @Test
    void endToEndCountsReferralsThatWereNeverCounted() {
        assertThat(Target.endToEnd(400, 2000, 1990).met()).as("99.5% counted, p95 0.4 s").isTrue();
        Target.Verdict verdict = Target.endToEnd(400, 2000, 186);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.text()).isEqualTo("MISSED: only 186 of 2000 referrals offered were accepted and counted (9%),"
                + " so the p95 of all offered is unbounded; p95 of those counted 400 ms");
        assertThat(Target.endToEnd(1500, 2000, 2000).text()).startsWith("MISSED: 1500 ms > 1000 ms");
    }
}
