package org.pathway.local.drill;

/**
 * One reliability drill: a fault injected into the running stack while a cohort is driven through it. The runner
 * ({@link DrillRunner}) supplies the traffic and the ground-truth check; the drill does the damage, waits for the
 * recovery, and records what it did, how long recovery took and any checks of its own in the {@link DrillLog}.
 *
 * @param name    the name `--only` takes, e.g. {@code broker-outage}
 * @param summary one line: what the drill does
 */
record Drill(String name, String summary, Fault fault) {

    /** The damage a drill does, and its wait for the recovery. */
    interface Fault {

        /** Injects the fault and waits until the stack has recovered from it. Runs while the cohort is being driven. */
        void inject(DrillContext context, DrillLog log) throws Exception;
    }
}
