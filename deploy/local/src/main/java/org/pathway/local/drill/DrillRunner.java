package org.pathway.local.drill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.identity.TokenSource;
import org.pathway.local.simulate.Simulation;
import org.pathway.local.simulate.SimulationResult;
import org.pathway.local.stack.ComponentFailure;
import org.pathway.local.stack.Endpoints;
import org.pathway.local.stack.Stack;

/**
 * Runs drills one after another against a running stack. For each: a fresh cohort (its own referral dates, so its
 * figures are its own) is driven through the public APIs by a patient simulated population; once it is under way the
 * drill injects its fault and waits for the recovery; then the cohort's reports must equal its ground truth (nothing
 * lost, nothing counted twice), no service may have answered unexpectedly, and every earlier drill's cohort must
 * still report exactly what it did (a later fault, a redelivery, must change nothing).
 */
final class DrillRunner {

    static final List<Drill> ALL = List.of(BrokerOutageDrill.DRILL, ServiceKillDrill.DRILL, OffsetResetDrill.DRILL,
            PoisonMessageDrill.DRILL, PostgresRestartDrill.DRILL);

    private final Stack stack;
    private final DrillSettings settings;
    private final PrintStream out;
    private final Endpoints endpoints;
    private final TokenSource tokens;
    private final DrillContext context;
    private final Map<String, SimulationResult> earlier = new LinkedHashMap<>();

    DrillRunner(Stack stack, DrillSettings settings, PrintStream out) {
        this.stack = stack;
        this.settings = settings;
        this.out = out;
        this.endpoints = stack.endpoints();
        this.tokens = new KeycloakTokenSource(endpoints.identity());
        this.context = new DrillContext(stack, new KafkaProbe(stack.settings().kafkaBootstrap()), tokens, settings);
    }

    /** The drills named (all when none), in the order of {@link #ALL}. */
    static List<Drill> select(List<String> names) {
        if (names == null || names.isEmpty()) {
            return ALL;
        }
        for (String name : names) {
            if (ALL.stream().noneMatch(drill -> drill.name().equals(name))) {
                throw new IllegalArgumentException("no drill " + name + "; the drills are "
                        + ALL.stream().map(Drill::name).toList());
            }
        }
        return ALL.stream().filter(drill -> names.contains(drill.name())).toList();
    }

    List<DrillReport> run(List<Drill> drills) {
        List<DrillReport> reports = new ArrayList<>();
        for (Drill drill : drills) {
            DrillReport report = run(drill);
            report.print(out);
            reports.add(report);
        }
        return reports;
    }

    DrillReport run(Drill drill) {
        long t0 = System.nanoTime();
        out.printf("%n=== drill %s: %s%n", drill.name(), drill.summary());
        DrillLog log = new DrillLog(drill.name(), out);
        AtomicBoolean injected = new AtomicBoolean();
        CompletableFuture<Void> fault = new CompletableFuture<>();
        Simulation simulation = new Simulation(endpoints, tokens, settings.cohort(), out)
                .patience(settings.patience())
                .reportWait(settings.recoveryTimeout(), Duration.ofSeconds(15))
                .whenDriving(() -> {
                    injected.set(true);
                    try {
                        DrillContext.sleep(settings.lead());
                        log.did("traffic under way for " + settings.lead().toSeconds() + " s: injecting the fault");
                        drill.fault().inject(context, log);
                        fault.complete(null);
                    } catch (Throwable e) {
                        out.println("  " + drill.name() + " FAULT INJECTION FAILED: "
                                + (e instanceof ComponentFailure failure ? failure.report() : e));
                        fault.completeExceptionally(e);
                    }
                });
        SimulationResult result = null;
        try {
            result = simulation.run();
        } catch (RuntimeException e) {
            log.check(false, "the cohort was driven to its end (" + e.getMessage() + ")");
        }
        if (injected.get()) {
            try {
                fault.get(settings.recoveryTimeout().multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String reason = cause instanceof ComponentFailure failure ? failure.report() : String.valueOf(cause);
                log.check(false, "the fault was injected and recovered from (" + reason + ")");
            }
        } else {
            log.check(false, "the fault was injected (the cohort never got under way)");
        }
        String groundTruth = result == null ? "not checked (the cohort was not driven to its end)" : groundTruth(result, log);
        earlier.forEach((name, previous) -> {
            long mismatches = previous.recheck(endpoints, tokens);
            log.check(mismatches == 0, "the " + name + " cohort still reports its ground truth (" + mismatches
                    + " figure(s) differ)");
        });
        stack.exited().forEach(failure -> log.check(false, "no component stopped by itself: " + failure.report()));
        if (result != null) {
            earlier.put(drill.name(), result);
        }
        return new DrillReport(drill.name(), drill.summary(), log.actions(), log.recoveries(), log.checks(),
                log.failures(), groundTruth, DrillLog.since(t0));
    }

    /**
     * The cohort's reports once the fault is over: they must come to equal the ground truth (read again until they do,
     * or the recovery timeout passed), and no service may have answered a request unexpectedly.
     */
    private String groundTruth(SimulationResult result, DrillLog log) {
        long t0 = System.nanoTime();
        long deadline = t0 + settings.recoveryTimeout().toNanos();
        long mismatches = result.recheck(endpoints, tokens);
        while (mismatches > 0 && System.nanoTime() < deadline) {
            DrillContext.sleep(Duration.ofSeconds(1));
            mismatches = result.recheck(endpoints, tokens);
        }
        int figures = result.figureCount();
        log.check(mismatches == 0, "every one of the cohort's " + figures + " figures equals the ground truth ("
                + mismatches + " differ)");
        log.check(result.problemCount() == 0, "no unexpected answer from the services (" + result.problemCount() + ")");
        if (mismatches > 0 || result.problemCount() > 0) {
            result.print(out);
        }
        return String.format("%s: %d young people, %d of %d figures equal the ground truth, %d unexpected answer(s);"
                        + " driven in %.0f s, %d request(s) repeated while a service could not answer",
                mismatches == 0 && result.problemCount() == 0 ? "MATCH" : "MISMATCH", settings.youngPeople(),
                figures - mismatches, figures, result.problemCount(), result.drivingTime().toMillis() / 1000.0,
                result.repeatedRequests());
    }
}
