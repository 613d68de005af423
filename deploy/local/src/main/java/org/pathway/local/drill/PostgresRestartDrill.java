package org.pathway.local.drill;

import java.time.Duration;

/**
 * PostgreSQL stopped (a fast shutdown: every connection cut) during the traffic, kept down for a while, then started
 * again on the same data directory and port. The services must reconnect by themselves: the inbox waits for an
 * unreachable database instead of dead-lettering, the outbox relay retries, and clients' requests meanwhile fail
 * cleanly (and are repeated by the patient simulated users).
 */
final class PostgresRestartDrill implements Drill.Fault {

    static final Drill DRILL = new Drill("postgres-restart",
            "PostgreSQL stopped and started again on the same data directory and port during traffic",
            new PostgresRestartDrill());

    @Override
    public void inject(DrillContext context, DrillLog log) {
        Duration down = context.settings().postgresDown();
        long stopping = System.nanoTime();
        context.stack().stopPostgres();
        log.did("stopped PostgreSQL (fast shutdown) in " + DrillLog.since(stopping).toMillis() + " ms; down for "
                + down.toSeconds() + " s");
        DrillContext.sleep(down);
        long start = System.nanoTime();
        context.stack().startPostgres();
        log.recovered("PostgreSQL accepting connections again", DrillLog.since(start));
        context.awaitRecovery(log, start, "the start");
    }
}
