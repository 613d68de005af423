package org.pathway.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A quick profile from /proc: CPU time of each component of the stack (and of the machine as a whole) between
 * two snapshots, as a share of one core. PostgreSQL is its postmaster and every process it started (one backend
 * per connection; those that ended meanwhile through the postmaster's children's times, so a backend that lived
 * before the first snapshot and ended before the second counts whole). Linux only; elsewhere every figure is
 * empty.
 */
final class CpuProbe {

    /** USER_HZ: the unit of /proc's CPU times (100 on every Linux this runs on). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> components;
    private final Long postmaster;

    /** @param components name → pid of each process to watch; {@code postmaster} may be null */
    CpuProbe(Map<String, Long> components, Long postmaster) {
        this.components = components;
        this.postmaster = postmaster;
    }

    /** CPU ticks so far per component, and the machine's busy and total ticks (keys {@code machine.*}). */
    Map<String, Long> snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        components.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
        if (postmaster != null) {
            // Backends that ended meanwhile (a closed connection) are in the postmaster's children's times.
            long sum = processTicks(postmaster) + reapedChildrenTicks(postmaster);
            for (long child : childrenOf(postmaster)) {
                sum += processTicks(child);
            }
            ticks.put("postgres", sum);
        }
        long[] machine = machineTicks();
        ticks.put("machine.busy", machine[0]);
        ticks.put("machine.total", machine[1]);
        return ticks;
    }

    /**
     * Cores in use per component between two snapshots over {@code seconds} (1.0 = one core busy), and
     * {@code machine} (all cores, every process of every user) and {@code others} (machine minus the
     * components: other processes on this shared machine, this bench included).
     */
    static Map<String, Double> cores(Map<String, Long> before, Map<String, Long> after, double seconds, int processors) {
        Map<String, Double> cores = new LinkedHashMap<>();
        double ours = 0;
        for (String name : after.keySet()) {
            if (name.startsWith("machine.") || !before.containsKey(name)) {
                continue;
            }
            double used = Math.max(0, after.get(name) - before.get(name)) / TICKS_PER_SECOND / seconds;
            cores.put(name, round(used));
            ours += used;
        }
        long total = after.getOrDefault("machine.total", 0L) - before.getOrDefault("machine.total", 0L);
        long busy = after.getOrDefault("machine.busy", 0L) - before.getOrDefault("machine.busy", 0L);
        if (total > 0) {
            double machine = processors * (double) busy / total;
            cores.put("machine", round(machine));
            cores.put("others", round(Math.max(0, machine - ours)));
        }
        return cores;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** utime + stime of a process, 0 when it is gone. */
    static long processTicks(long pid) {
        return twoStatFields(pid, 11);
    }

    /** cutime + cstime: the CPU of children the process has waited for. */
    static long reapedChildrenTicks(long pid) {
        return twoStatFields(pid, 13);
    }

    /** The sum of two neighbouring fields of {@code /proc/<pid>/stat}, counted from its third; 0 when it is gone. */
    private static long twoStatFields(long pid, int first) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<Long> childrenOf(long parent) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> parentOf(pid) == parent).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long parentOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {busy, total} jiffies of all CPUs (/proc/stat's first line; idle and iowait count as not busy). */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** nproc, memory and load average, as {@code /proc} tells them. */
    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:") || line.startsWith("MemAvailable:")) {
                    String[] parts = line.split("\\s+");
                    machine.put(parts[0].replace(":", "").equals("MemTotal") ? "memoryTotalMiB" : "memoryAvailableMiB",
                            Long.parseLong(parts[1]) / 1024);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Not Linux.
        }
        machine.put("loadAverage", loadAverage());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        return machine;
    }

    /** The 1-, 5- and 15-minute load averages, or an empty string. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
