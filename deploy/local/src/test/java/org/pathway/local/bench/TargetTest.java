package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void intakeAtHalfTheDatabaseCeilingMeetsTheTarget() {
        assertThat(Target.INTAKE.judge(0.5).met()).isTrue();
        assertThat(Target.INTAKE.judge(0.62).text()).isEqualTo("met");
    }

    @Test
    void aMissedRatioSaysByHowMuch() {
        Target.Verdict verdict = Target.INTAKE.judge(0.4);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.text()).isEqualTo("MISSED: 40% < 50%, 10 points short; needs 1.3× the throughput");
    }

    @Test
    void endToEndIsMetAtOneSecondAndMissedAbove() {
        assertThat(Target.END_TO_END.judge(1000).met()).isTrue();
        Target.Verdict verdict = Target.END_TO_END.judge(2500);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.text()).isEqualTo("MISSED: 2500 ms > 1000 ms, 1500 ms over; needs 2.5× faster");
    }

    @Test
    void webhooksBelowTwoThousandEventsASecondMiss() {
        assertThat(Target.WEBHOOKS.judge(2000).met()).isTrue();
        assertThat(Target.WEBHOOKS.judge(500).text())
                .isEqualTo("MISSED: 500/s < 2,000/s, 1,500/s short; needs 4.0× the throughput");
        assertThat(Target.WEBHOOKS.judge(0).text()).isEqualTo("MISSED: nothing got through");
    }

    @Test
    void aFigureNotMeasuredMeetsNothing() {
        Target.Verdict verdict = Target.WEBHOOKS.judge(Double.NaN);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.text()).isEqualTo("not measured");
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
