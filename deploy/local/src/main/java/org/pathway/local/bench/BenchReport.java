package org.pathway.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What {@code pathway bench} prints and writes: each phase's figure with the CPU each part of the stack used
 * meanwhile, then the ratios to the ceilings and the targets; everything also as JSON.
 */
final class BenchReport {

    interface PhaseBody {
        Measurement run() throws Exception;
    }

    private final CpuProbe cpu;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Map<String, Object>> phases = new ArrayList<>();

    BenchReport(CpuProbe cpu) {
        this.cpu = cpu;
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    /** Runs a phase, printing and recording its figure and the CPU each component used meanwhile. */
    Measurement phase(String title, PhaseBody body) throws Exception {
        json.putIfAbsent("phases", phases);
        System.out.println("- " + title);
        Map<String, Long> before = cpu.snapshot();
        long t0 = System.nanoTime();
        Measurement measurement = body.run();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> cores = CpuProbe.cores(before, cpu.snapshot(), elapsed,
                Runtime.getRuntime().availableProcessors());
        System.out.println("    " + measurement.text());
        System.out.println("    cores busy: " + coresText(cores) + "; load average " + CpuProbe.loadAverage());
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("title", title);
        phase.putAll(measurementJson(measurement));
        phase.put("elapsedSeconds", round(elapsed));
        phase.put("coresBusy", cores);
        phase.put("loadAverage", CpuProbe.loadAverage());
        phases.add(phase);
        return measurement;
    }

    /** The details of an end-to-end phase, added to the last phase and printed. */
    void endToEnd(EndToEnd.Result result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("offered", result.offered());
        details.put("sentMoreThan100msLate", result.late());
        details.put("notCountedWithin60s", result.notCounted());
        details.put("lastCountedSecondsAfterSendingEnded", result.drainSeconds());
        details.put("intakeAtOfferedRate", measurementJson(result.intake()));
        phases.get(phases.size() - 1).put("endToEnd", details);
        System.out.println("    " + result.intake().text());
        System.out.printf("    offered %d, sent >100 ms late %d, accepted but not counted within 60 s %d%n",
                result.offered(), result.late(), result.notCounted());
    }

    /** Prints and records the ratios and the targets. */
    void conclude(List<Comparison> comparisons, List<Target.Verdict> verdicts, double e2eRate) {
        System.out.println();
        System.out.println("Ratios to the ceilings (same run):");
        comparisons.forEach(c -> System.out.println("  " + c.text()));
        System.out.println("Targets (docs/performance.md):");
        verdicts.forEach(v -> System.out.println("  " + v.target().text() + ": " + v.text()));
        if (e2eRate != 100) {
            System.out.println("  (the end-to-end target is at 100 referrals/s; this run offered " + Format.rate(e2eRate) + ")");
        }
        json.put("comparisons", comparisons.stream().map(c -> Map.of("figure", c.figure(), "ceiling", c.ceiling(),
                "kind", c.kind().name(), "value", c.value(), "ceilingValue", c.ceilingValue(), "ratio", c.ratio(),
                "text", c.text())).toList());
        json.put("targets", verdicts.stream().map(v -> Map.of("target", v.target().text(), "measured", v.measured(),
                "met", v.met(), "text", v.text())).toList());
        json.put("finishedAt", Instant.now().toString());
        json.put("loadAverageAtEnd", CpuProbe.loadAverage());
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    static Map<String, Object> measurementJson(Measurement m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", m.name());
        json.put("unit", m.unit());
        json.put("ok", m.ok());
        json.put("failed", m.failed());
        json.put("seconds", round(m.seconds()));
        json.put("perSecond", round(m.perSecond()));
        json.put("latencyMs", m.latency());
        return json;
    }

    static String coresText(Map<String, Double> cores) {
        StringBuilder text = new StringBuilder();
        cores.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ")
                .append(name).append(' ').append(String.format(Locale.ROOT, "%.2f", value)));
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
