package org.pathway.local.drill;

/**
 * One reliability drill: a fault injected into the running stack while a cohort is driven through it. The runner
 * ({@link DrillRunner}) supplies the traffic and the ground-truth check; the drill does the damage, waits for the
 * recovery, and records what it did, how long recovery took and any checks of its own in the {@link DrillLog}.
 */
abstract class Drill {

    private final String name;
    private final String summary;

    /**
     * @param name    the name `--only` takes, e.g. {@code broker-outage}
     * @param summary one line: what the drill does
     */
    Drill(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    final String name() {
        return name;
    }

    final String summary() {
        return summary;
    }

    /** Injects the fault and waits until the stack has recovered from it. Runs while the cohort is being driven. */
    abstract void inject(DrillContext context, DrillLog log) throws Exception;
}
