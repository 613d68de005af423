package org.pathway.local.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

/** When referrals stored around a broker outage show intake went on without it, and when they show nothing. */
class BrokerOutageDrillTest {

    @Test
    void referralsStoredWhileTheBrokerWasDownPass() {
        assertThat(failures(30, 42, 60)).isEmpty();
    }

    @Test
    void referralsStoredOnlyAfterTheRestartMeanIntakeWaitedForTheBroker() {
        assertThat(failures(30, 30, 45)).singleElement().asString().contains("intake went on while the broker was down");
    }

    @Test
    void aCohortWhoseReferralsWereAllInBeforeTheStopShowsNothingEitherWay() {
        DrillLog log = log();
        BrokerOutageDrill.checkIntakeWhileDown(log, 30, 30, 30);
        assertThat(log.failures()).isEmpty();
        assertThat(log.actions()).anyMatch(action -> action.contains("not exercised"));
    }

    private static java.util.List<String> failures(long before, long during, long after) {
        DrillLog log = log();
        BrokerOutageDrill.checkIntakeWhileDown(log, before, during, after);
        return log.failures();
    }

    private static DrillLog log() {
        return new DrillLog("broker-outage", new PrintStream(new ByteArrayOutputStream()));
    }
}
