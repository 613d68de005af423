package org.pathway.local.drill;

import java.time.Duration;

import org.pathway.local.stack.PathwayService;

/**
 * Each service in turn killed outright (SIGKILL, as the kernel's OOM killer or a power cut would) in the middle of the
 * traffic, then started again. Whatever it had accepted must survive, whatever it was consuming must be taken in
 * exactly once, and whatever it was publishing must still go out.
 */
final class ServiceKillDrill implements Drill.Fault {

    /** Traffic flows for this long between one service's return and the next kill. */
    private static final Duration BETWEEN = Duration.ofSeconds(3);

    static final Drill DRILL = new Drill("service-kill",
            "each service killed with SIGKILL mid-stream, then restarted", new ServiceKillDrill());

    @Override
    public void inject(DrillContext context, DrillLog log) {
        boolean first = true;
        for (PathwayService service : context.services()) {
            if (!first) {
                DrillContext.sleep(BETWEEN);
            }
            first = false;
            long pid = context.stack().process(service.name()).pid();
            long killed = System.nanoTime();
            context.stack().kill(service.name());
            log.did("killed " + service.name() + " (pid " + pid + ", SIGKILL)");
            context.stack().startAgain(service.name());
            log.recovered(service.name() + " ready again (kill to /q/health/ready)", DrillLog.since(killed));
        }
        long restarted = System.nanoTime();
        context.awaitCaughtUp(log, restarted, "every consumer group caught up after the last restart",
                "consumers caught up (lag 0), from the last restart");
    }
}
