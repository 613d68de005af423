package org.pathway.local.drill;

import java.time.Duration;
import java.util.List;

/**
 * Every consumer's offsets reset to the start of its topics, so that it is given every event ever published again
 * (as after a lost offsets topic, or an operator's mistake). The consuming services are stopped (politely) so their
 * groups are empty, the offsets are moved with Kafka's AdminClient, and the services started again. The inbox must
 * make the redelivery harmless: every report, this run's and the earlier runs', unchanged.
 */
final class OffsetResetDrill implements Drill.Fault {

    static final Drill DRILL = new Drill("offset-reset",
            "every consumer's offsets reset to the start (full redelivery); reports must be unchanged",
            new OffsetResetDrill());

    @Override
    public void inject(DrillContext context, DrillLog log) throws Exception {
        List<String> consumers = List.copyOf(KafkaProbe.CONSUMERS.keySet());
        long stopping = System.nanoTime();
        consumers.parallelStream().forEach(service -> context.stack().stop(service));
        log.did("stopped the consuming services " + consumers + " (SIGTERM)");
        long redelivered = 0;
        for (String group : consumers) {
            int removed = context.kafka().awaitEmpty(group, Duration.ofSeconds(5));
            if (removed > 0) {
                log.did("removed " + removed + " member(s) left in group " + group + " by a forced stop");
            }
            long again = context.kafka().resetToEarliest(group);
            redelivered += again;
            log.did("reset group " + group + " to the earliest offsets: " + again + " record(s) to be delivered again");
        }
        log.check(redelivered > 0, "the reset rewinds something (" + redelivered + " record(s) to redeliver)");
        long restart = System.nanoTime();
        consumers.parallelStream().forEach(service -> context.stack().startAgain(service));
        log.recovered("consuming services ready again (from their restart)", DrillLog.since(restart));
        if (context.awaitCaughtUp(log, restart, "every consumer group took in the whole redelivery",
                "full redelivery taken in (lag 0), from the restart")) {
            log.did("lag now " + context.kafka().lag() + "; the consumers were away "
                    + DrillLog.since(stopping).toSeconds() + " s in all");
        }
    }
}
