package org.pathway.local.stack;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the services' JVMs compile Java to machine code, chosen by how long the stack will live: on a small machine
 * a demo is over before C2's compilations pay for the CPU they take from the services, while a stack that runs for
 * a while ends up with C2's faster code (figures in docs/performance.md).
 */
public enum Compilation {

    /** The JVM's default, C1 then C2 for the hottest code: for a stack that runs a while ({@code up}, {@code bench}). */
    TIERED(List.of()),
    /**
     * C1 only, without profiling: for a stack that lives minutes ({@code demo}, {@code drill}, the module's tests),
     * which gets through its traffic and starts sooner, though once warm C1's code serves less than tiered.
     */
    QUICK(List.of("-XX:TieredStopAtLevel=1"));

    /** Overrides the command's choice: {@code tiered} or {@code quick}. */
    public static final String ENV = "PATHWAY_COMPILATION";

    private final List<String> jvmOptions;

    Compilation(List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
    }

    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The policy {@value #ENV} names in {@code env}, else {@link #TIERED}. */
    public static Compilation from(Map<String, String> env) {
        String named = env.getOrDefault(ENV, "").trim();
        if (named.isEmpty()) {
            return TIERED;
        }
        for (Compilation policy : values()) {
            if (policy.name().equalsIgnoreCase(named)) {
                return policy;
            }
        }
        throw new IllegalArgumentException(ENV + " must be one of " + Arrays.stream(values())
                .map(policy -> policy.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + named + "'");
    }

    /** {@code env} with this policy as its choice, unless it names one already. */
    public Map<String, String> unlessChosen(Map<String, String> env) {
        if (!env.getOrDefault(ENV, "").isBlank()) {
            return env;
        }
        Map<String, String> chosen = new HashMap<>(env);
        chosen.put(ENV, name().toLowerCase(Locale.ROOT));
        return Map.copyOf(chosen);
    }
}
