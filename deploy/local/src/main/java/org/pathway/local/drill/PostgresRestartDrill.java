package org.pathway.local.drill;

import java.time.Duration;

import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.KeycloakTokenSource;

/**
 * PostgreSQL stopped (a fast shutdown: every connection cut) during the traffic, kept down for a while, then started
 * again on the same data directory and port. The services must reconnect by themselves: the inbox waits for an
 * unreachable database instead of dead-lettering, the outbox relay retries, and clients' requests meanwhile fail
 * cleanly (and are repeated by the patient simulated users). Keycloak, whose store is in the same PostgreSQL, must
 * let a user sign in at the first token request after the start: its pool must not hand out the connections the
 * shutdown cut.
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
        signInAfterTheStart(context, log, start);
        context.awaitRecovery(log, start, "the start");
    }

    /**
     * One password grant from a token source of its own (the drill's has its tokens cached from before the stop), not
     * repeated on an error answer.
     */
    private static void signInAfterTheStart(DrillContext context, DrillLog log, long since) {
        String check = "Keycloak answers the first token request after the start (" + DemoUsers.RESEARCHER + ")";
        try {
            new KeycloakTokenSource(context.stack().endpoints().identity()).accessToken(DemoUsers.RESEARCHER);
            log.check(true, check);
            log.recovered("sign-in working again (from the start)", DrillLog.since(since));
        } catch (IllegalStateException e) {
            log.check(false, check + ": " + e.getMessage());
        }
    }
}
