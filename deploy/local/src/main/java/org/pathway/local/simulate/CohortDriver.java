package org.pathway.local.simulate;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Drives the cohort, each young person along their own calendar and all of them at once. Within a
 * {@link Timeline} the steps go week by week in the order the weekly walk of the calendar gives
 * them: the week's own steps (referral, contact, decline, placement, link-worker sessions,
 * questionnaires), then the sessions the provider reports for the week, then a withdrawal or closure.
 * Every first referral is sent before anything else: matching-service takes in referral-service's
 * events one at a time, in order, and a placement waits for its referral's, so they should not queue
 * behind the contacts and closures of others.
 * Nothing waits for other young people: the services decide nothing for one referral from another's
 * (apart from the second referral a {@link Timeline} keeps with the first, and activity places,
 * which never run out: {@link SiteData#CAPACITY}), so the order among them changes no answer, and
 * waiting for an event to reach another service holds up only the young person it is about.
 */
final class CohortDriver {

    /**
     * Timelines driven at once: all of them, up to this many. Most of a young person's time is spent
     * waiting (for an event on its way over Kafka, for a provider's batch to gather), which holds no
     * connection: {@link Api#IN_FLIGHT} is what limits the load on the services.
     */
    static final int MOST_AT_ONCE = 1000;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final PathwaySteps steps;
    private final PathwaySteps.Counts counts;
    private final Problems problems;
    private final PrintStream progress;

    CohortDriver(PathwaySteps steps, PathwaySteps.Counts counts, Problems problems, PrintStream progress) {
        this.steps = steps;
        this.counts = counts;
        this.problems = problems;
        this.progress = progress;
    }

    /** Drives every timeline to its end; a service that cannot be reached stops the run. */
    void drive(List<Timeline> timelines, LocalDate start, long started) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(MOST_AT_ONCE, timelines.size())),
                daemon("simulate-"));
        try {
            runAll(pool, timelines, timeline -> referFirst(timeline, start), null, started);
            AtomicInteger done = new AtomicInteger();
            runAll(pool, timelines, timeline -> {
                drive(timeline, start);
                done.addAndGet(timeline.members().size());
            }, done, started);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the task for every timeline, with a progress line now and then (when {@code done} counts). */
    private void runAll(ExecutorService pool, List<Timeline> timelines, Consumer<Timeline> task, AtomicInteger done,
                        long started) {
        int people = timelines.stream().mapToInt(t -> t.members().size()).sum();
        try {
            ExecutorCompletionService<Void> finished = new ExecutorCompletionService<>(pool);
            for (Timeline timeline : timelines) {
                finished.submit(() -> {
                    task.accept(timeline);
                    return null;
                });
            }
            long lastProgress = System.nanoTime();
            for (int remaining = timelines.size(); remaining > 0; ) {
                Future<Void> next = finished.poll(1, TimeUnit.SECONDS);
                if (next != null) {
                    next.get();
                    remaining--;
                }
                if (done != null && (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS || remaining == 0)) {
                    lastProgress = System.nanoTime();
                    progress.printf("  [%5.1f s] %d/%d young people through: referred %d, contacted %d, placed %d,"
                                    + " sessions %d, link-worker sessions %d, questionnaires %d, exits %d, problems %d%n",
                            (System.nanoTime() - started) / 1e9, done.get(), people, counts.referred.get(),
                            counts.contacted.get(), counts.placed.get(), counts.sessions.get(),
                            counts.linkWorkerSessions.get(), counts.outcomes.get(), counts.exits.get(),
                            problems.count());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The referrals of the timeline's first week (the second referral of a young person comes later). */
    private void referFirst(Timeline timeline, LocalDate start) {
        LocalDate from = start.plusWeeks(timeline.weeks().first());
        for (Track track : timeline.members()) {
            if (PathwaySteps.within(track.plan().referredAt(), from, from.plusDays(6))) {
                steps.refer(track);
            }
        }
    }

    private void drive(Timeline timeline, LocalDate start) {
        for (int week : timeline.weeks()) {
            LocalDate from = start.plusWeeks(week);
            LocalDate to = from.plusDays(6);
            for (Track track : timeline.members()) {
                if (PathwaySteps.busy(track.plan(), from, to)) {
                    steps.week(track, from, to);
                }
            }
            for (Track track : timeline.members()) {
                if (track.placementId() == null) {
                    continue;
                }
                for (PersonPlan.Session session : track.plan().sessions()) {
                    if (PathwaySteps.within(session.date(), from, to)) {
                        steps.attend(track, session);
                    }
                }
            }
            for (Track track : timeline.members()) {
                PersonPlan.Exit exit = track.plan().exit();
                if (exit != null && PathwaySteps.within(exit.on(), from, to)) {
                    steps.exit(track);
                }
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
