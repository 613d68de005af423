package org.pathway.local.drill;

import java.time.Duration;

/**
 * The Kafka broker stopped (SIGTERM) for a while during steady intake, then started again on the same ports and
 * storage. Referrals must still be accepted and stored meanwhile (the outbox keeps their events), and everything must
 * arrive once the broker is back.
 */
final class BrokerOutageDrill implements Drill.Fault {

    static final Drill DRILL = new Drill("broker-outage",
            "the Kafka broker stopped during steady intake, then restarted on the same data and ports",
            new BrokerOutageDrill());

    @Override
    public void inject(DrillContext context, DrillLog log) {
        Duration down = context.settings().brokerDown();
        long before = context.referralsStored();
        context.stack().stop("kafka");
        long stoppedAt = System.nanoTime();
        log.did("stopped the broker (SIGTERM); " + before + " referral(s) stored so far");
        DrillContext.sleep(down.minus(DrillLog.since(stoppedAt)));
        long during = context.referralsStored();
        log.did("broker down for " + down.toSeconds() + " s; referrals stored meanwhile: " + (during - before));
        long restart = System.nanoTime();
        context.stack().startAgain("kafka");
        log.recovered("broker accepting connections again", DrillLog.since(restart));
        context.awaitRecovery(log, restart, "the restart");
        checkIntakeWhileDown(log, before, during, context.referralsStored());
    }

    /**
     * Referrals stored while the broker was down show intake does not depend on it. A small cohort may have sent
     * all its referrals before the stop: then none arrive after it either, and there was nothing to show. But
     * referrals arriving only after the restart mean intake waited for the broker.
     */
    static void checkIntakeWhileDown(DrillLog log, long before, long during, long after) {
        if (during == before && after == before) {
            log.did("every referral of the cohort was in before the broker stopped: intake while it was down not exercised");
            return;
        }
        log.check(during > before, "referral intake went on while the broker was down (" + (during - before) + " stored)");
    }
}
